"""The psnr reference against skimage.metrics.peak_signal_noise_ratio and hand-computed values."""
import math
import warnings

import numpy as np
import pytest
from skimage.metrics import peak_signal_noise_ratio

from cvdrill.judge.run import load_reference

psnr = load_reference("psnr", "psnr")


@pytest.mark.parametrize("shape", [(1, 1), (1, 8), (7, 1), (16, 16), (20, 30, 3)])
@pytest.mark.parametrize("dtype,max_val", [(np.uint8, 255.0), (np.float32, 1.0), (np.float64, 1.0), (np.float64, 255.0)])
def test_against_skimage(shape, dtype, max_val):
    rng = np.random.default_rng(abs(hash((shape, np.dtype(dtype).name, max_val))) % 2**32)
    a = rng.uniform(0, max_val, shape)
    b = np.clip(a + rng.normal(0, 0.1 * max_val, shape), 0, max_val)
    if dtype == np.uint8:
        a, b = np.round(a).astype(dtype), np.round(b).astype(dtype)
    else:
        a, b = a.astype(dtype), b.astype(dtype)
    got = psnr(a, b, max_val)
    assert type(got) is float
    want = peak_signal_noise_ratio(a, b, data_range=max_val)
    if dtype == np.float32:  # skimage subtracts in float32 when both are float32
        assert math.isclose(got, want, rel_tol=1e-5)
    else:
        assert math.isclose(got, want, rel_tol=1e-12)


def test_equal_images_are_inf():
    a = np.arange(12, dtype=np.uint8).reshape(3, 4)
    assert psnr(a, a.copy()) == math.inf
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert peak_signal_noise_ratio(a, a.copy(), data_range=255) == math.inf


def test_by_hand():
    # One pixel off by 1: mse = 1, psnr = 10*log10(255^2) = 20*log10(255) = 48.1308...
    assert math.isclose(psnr(np.array([[100]], np.uint8), np.array([[101]], np.uint8)), 20 * math.log10(255))
    # uint8 10 vs 20 everywhere: mse = 100 (not 246^2 from wraparound): 10*log10(650.25) = 28.1308...
    assert math.isclose(psnr(np.full((3, 4), 10, np.uint8), np.full((3, 4), 20, np.uint8)),
                        10 * math.log10(255 ** 2 / 100))
    # Black vs white: mse = 255^2, psnr = 0 dB.
    assert psnr(np.zeros((2, 3), np.uint8), np.full((2, 3), 255, np.uint8)) == 0.0
    # [-1, 1] images with max_val 2: errors 0.1, 0.1, 0, 0.3 -> mse = 0.11/4 = 0.0275.
    got = psnr(np.array([[-1.0, 0.0], [0.5, 1.0]]), np.array([[-0.9, 0.1], [0.5, 0.7]]), 2.0)
    assert math.isclose(got, 10 * math.log10(4 / 0.0275))
