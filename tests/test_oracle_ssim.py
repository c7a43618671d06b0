"""The ssim reference against skimage.metrics.structural_similarity and a slow per-window loop.

skimage filters the whole image (mode="reflect") and then averages the SSIM map with a border
of (win_size - 1) // 2 = 5 pixels cropped. A window centred 5 or more pixels from every edge
never reaches the padding, so the cropped map is exactly the valid-region map [H-10, W-10]
of the contract: test_skimage_crop_is_the_valid_region shows it value by value."""
import math

import numpy as np
import pytest
from skimage.metrics import structural_similarity

from cvdrill.judge.run import load_reference

ssim = load_reference("ssim", "ssim")


def skimage_ssim(a, b, max_val, full=False):
    return structural_similarity(a, b, data_range=max_val, gaussian_weights=True, sigma=1.5,
                                 use_sample_covariance=False, full=full)


def window():
    g = np.exp(-((np.arange(11) - 5) ** 2) / (2 * 1.5 ** 2))
    w = np.outer(g, g)
    return w / w.sum()


def slow_map(a, b, max_val):
    """The definition, one window at a time: weighted means, variances, covariance."""
    x, y, w = a.astype(np.float64), b.astype(np.float64), window()
    c1, c2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    h, wd = x.shape
    out = np.empty((h - 10, wd - 10))
    for i in range(h - 10):
        for j in range(wd - 10):
            p, q = x[i:i + 11, j:j + 11], y[i:i + 11, j:j + 11]
            mx, my = (w * p).sum(), (w * q).sum()
            vx, vy = (w * (p - mx) ** 2).sum(), (w * (q - my) ** 2).sum()
            cxy = (w * (p - mx) * (q - my)).sum()
            out[i, j] = (2 * mx * my + c1) * (2 * cxy + c2) / ((mx * mx + my * my + c1) * (vx + vy + c2))
    return out


def pair(rng, shape, dtype, max_val, noise):
    a = rng.uniform(0, max_val, shape)
    a[: shape[0] // 2, : shape[1] // 3] = 0.4 * max_val  # a flat patch
    b = np.clip(a + rng.normal(0, noise * max_val, shape), 0, max_val)
    if dtype == np.uint8:
        return np.round(a).astype(dtype), np.round(b).astype(dtype)
    return a.astype(dtype), b.astype(dtype)


@pytest.mark.parametrize("shape", [(11, 11), (11, 30), (25, 11), (32, 40)])
@pytest.mark.parametrize("dtype,max_val", [(np.uint8, 255.0), (np.float64, 255.0), (np.float64, 1.0), (np.float32, 1.0)])
@pytest.mark.parametrize("noise", [0.01, 0.2])
def test_against_skimage_and_slow_loop(shape, dtype, max_val, noise):
    rng = np.random.default_rng(abs(hash((shape, np.dtype(dtype).name, max_val, noise))) % 2**32)
    a, b = pair(rng, shape, dtype, max_val, noise)
    before = a.copy()
    got = ssim(a, b, max_val)
    assert type(got) is float
    assert math.isclose(got, slow_map(a, b, max_val).mean(), rel_tol=1e-10, abs_tol=1e-12)
    # skimage keeps float32 images in float32 (errors ~1e-7); the contract computes in float64.
    want = skimage_ssim(a.astype(np.float64), b.astype(np.float64), max_val)
    assert math.isclose(got, want, rel_tol=1e-10, abs_tol=1e-12)
    np.testing.assert_array_equal(a, before)


def test_skimage_crop_is_the_valid_region():
    rng = np.random.default_rng(7)
    a, b = pair(rng, (30, 37), np.float64, 255.0, 0.1)
    mssim, smap = skimage_ssim(a, b, 255.0, full=True)
    assert smap.shape == a.shape  # skimage's map is full size (reflect padding) ...
    cropped = smap[5:-5, 5:-5]    # ... and its mean is over a 5-pixel crop: the valid region
    assert math.isclose(mssim, cropped.mean(), rel_tol=1e-12)
    np.testing.assert_allclose(cropped, slow_map(a, b, 255.0), rtol=1e-10, atol=1e-12)
    # The padded border does differ: averaging the full map would be another number.
    assert abs(smap.mean() - mssim) > 1e-4


def test_sample_covariance_differs():
    # use_sample_covariance=True (N-1) is a different answer on low-contrast images.
    rng = np.random.default_rng(3)
    a = np.clip(120 + rng.normal(0, 3, (24, 24)), 0, 255)
    b = np.clip(a + rng.normal(0, 3, a.shape), 0, 255)
    sample = structural_similarity(a, b, data_range=255.0, gaussian_weights=True, sigma=1.5,
                                   use_sample_covariance=True)
    assert abs(ssim(a, b) - sample) > 1e-4
    assert math.isclose(ssim(a, b), skimage_ssim(a, b, 255.0), rel_tol=1e-10)


def test_by_hand():
    # Equal images: every factor is (t + C)/(t + C) = 1.
    x = np.random.default_rng(0).uniform(0, 255, (11, 11))
    assert math.isclose(ssim(x, x.copy()), 1.0, rel_tol=1e-12)
    assert ssim(np.zeros((11, 11)), np.zeros((11, 11))) == 1.0
    # Two constants a, b: variances 0, so SSIM = (2ab + C1) / (a^2 + b^2 + C1) everywhere.
    c1 = (0.01 * 255) ** 2
    want = (2 * 100 * 130 + c1) / (100 ** 2 + 130 ** 2 + c1)
    assert math.isclose(ssim(np.full((11, 14), 100.0), np.full((11, 14), 130.0)), want, rel_tol=1e-12)
    # The window itself: 11 taps, sums to 1, peak at the centre.
    w = window()
    assert w.shape == (11, 11) and math.isclose(w.sum(), 1.0) and w.argmax() == 60
