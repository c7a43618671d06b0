"""The gaussian_blur reference against scipy: correlate1d twice with the same kernel
(mode "reflect"), and scipy.ndimage.gaussian_filter with the matching radius."""
import math

import numpy as np
import pytest
from scipy import ndimage

from cvdrill.judge.run import load_reference

gaussian_blur = load_reference("gaussian_blur", "gaussian_blur")


def kernel(sigma, ksize):
    r = ksize // 2
    x = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-x * x / (2 * sigma * sigma))
    return g / g.sum()


def oracle(img, sigma, ksize=None):
    k = 2 * math.ceil(3 * sigma) + 1 if ksize is None else ksize
    g = kernel(sigma, k)
    f = img.astype(np.float64)
    return ndimage.correlate1d(ndimage.correlate1d(f, g, axis=0, mode="reflect"), g, axis=1, mode="reflect")


@pytest.mark.parametrize("shape", [(1, 1), (1, 9), (7, 1), (2, 3), (5, 4), (17, 29), (64, 48)])
@pytest.mark.parametrize("sigma,ksize", [(0.3, None), (0.8, None), (1.0, None), (1.5, None), (3.0, None),
                                         (2.0, 3), (1.0, 1), (1.0, 11)])
@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_against_correlate1d(shape, sigma, ksize, dtype):
    rng = np.random.default_rng(sum(shape) * 31 + int(sigma * 10) + (ksize or 0))
    img = rng.uniform(0, 255, shape)
    img = np.round(img).astype(np.uint8) if dtype == np.uint8 else img.astype(dtype)
    before = img.copy()
    out = gaussian_blur(img, sigma, ksize)
    assert out.dtype == np.float64 and out.shape == shape
    np.testing.assert_allclose(out, oracle(img, sigma, ksize), rtol=1e-12, atol=1e-9)
    np.testing.assert_array_equal(img, before)  # the input is not mutated


@pytest.mark.parametrize("sigma", [0.5, 1.0, 1.5, 2.0, 2.5])
def test_against_gaussian_filter(sigma):
    # scipy's own Gaussian: the same sampled kernel, normalised to sum 1, over `radius` taps
    # each side; with radius = ceil(3*sigma) it is exactly the contract.
    rng = np.random.default_rng(int(sigma * 100))
    img = rng.uniform(0, 255, (23, 31))
    expected = ndimage.gaussian_filter(img, sigma, mode="reflect", radius=math.ceil(3 * sigma))
    np.testing.assert_allclose(gaussian_blur(img, sigma), expected, rtol=1e-12, atol=1e-9)
    # and with truncate=3 where scipy's radius int(3*sigma + 0.5) equals ceil(3*sigma)
    if int(3 * sigma + 0.5) == math.ceil(3 * sigma):
        expected = ndimage.gaussian_filter(img, sigma, mode="reflect", truncate=3.0)
        np.testing.assert_allclose(gaussian_blur(img, sigma), expected, rtol=1e-12, atol=1e-9)


def test_constant_and_impulse():
    np.testing.assert_allclose(gaussian_blur(np.full((6, 7), 100.0), 1.5), 100.0, rtol=1e-14)
    img = np.zeros((9, 9))
    img[4, 4] = 1
    g = kernel(1.0, 7)
    out = gaussian_blur(img, 1.0)
    np.testing.assert_allclose(out[1:8, 1:8], np.outer(g, g), rtol=1e-13, atol=1e-16)
    assert abs(out.sum() - 1) < 1e-12


def test_default_ksize():
    # 2*ceil(3*sigma)+1: sigma 0.8 -> 7 taps (radius 3); a 7-tap kernel on an impulse spreads 3 pixels
    img = np.zeros((1, 15))
    img[0, 7] = 1
    out = gaussian_blur(img, 0.8)[0]
    assert (out[4:11] > 0).all() and (out[:4] == 0).all() and (out[11:] == 0).all()


def test_kernel_wider_than_image():
    img = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
    np.testing.assert_allclose(gaussian_blur(img, 3.0), oracle(img, 3.0), rtol=1e-12)
    # a single row reflects onto itself: the vertical pass is the identity
    row = np.array([[0.0, 10.0, 40.0, 90.0]])
    g = kernel(1.0, 7)
    expected = ndimage.correlate1d(row[0], g, mode="reflect")
    np.testing.assert_allclose(gaussian_blur(row, 1.0)[0], expected, rtol=1e-12)
