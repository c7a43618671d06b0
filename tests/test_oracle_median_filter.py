"""The median_filter reference against scipy.ndimage.median_filter(mode="nearest") and a slow loop."""
import numpy as np
import pytest
from scipy import ndimage

from cvdrill.judge.run import load_reference

median_filter = load_reference("median_filter", "median_filter")


def slow_median(img, k):
    r = k // 2
    p = np.pad(img, r, mode="edge")
    out = np.empty_like(img)
    for i in range(img.shape[0]):
        for j in range(img.shape[1]):
            out[i, j] = sorted(p[i:i + k, j:j + k].ravel().tolist())[k * k // 2]
    return out


@pytest.mark.parametrize("shape", [(1, 1), (1, 9), (8, 1), (2, 3), (5, 5), (23, 17)])
@pytest.mark.parametrize("ksize", [1, 3, 5, 7])
@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_against_scipy(shape, ksize, dtype):
    rng = np.random.default_rng(abs(hash((shape, ksize, np.dtype(dtype).name))) % 2**32)
    img = rng.uniform(0, 255, shape)
    img[rng.uniform(size=shape) < 0.3] = 17  # ties
    img = np.round(img).astype(np.uint8) if dtype == np.uint8 else img.astype(dtype)
    before = img.copy()
    got = median_filter(img, ksize)
    want = ndimage.median_filter(img, size=ksize, mode="nearest")
    assert got.dtype == img.dtype and got.shape == img.shape
    np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(got, slow_median(img, ksize))
    np.testing.assert_array_equal(img, before)


def test_default_ksize_is_3():
    img = np.random.default_rng(1).integers(0, 256, (6, 7)).astype(np.uint8)
    np.testing.assert_array_equal(median_filter(img), ndimage.median_filter(img, size=3, mode="nearest"))


def test_replicated_border_by_hand():
    img = np.array([[9, 1, 8]], np.uint8)
    # Edge padding gives rows [9 9 1 8 8] three times: windows {9,9,1}x3, {9,1,8}x3, {1,8,8}x3.
    np.testing.assert_array_equal(median_filter(img, 3), [[9, 8, 8]])
    # Zero padding would give [[0, 1, 0]]; with ksize=1 nothing changes.
    np.testing.assert_array_equal(median_filter(img, 1), img)
