"""The sobel reference against scipy.ndimage.correlate (zero padding) and hand-made images."""
import numpy as np
import pytest
from scipy import ndimage

from cvdrill.judge.run import load_reference

sobel = load_reference("sobel", "sobel")
KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def oracle(img):
    f = img.astype(np.float64)
    return (ndimage.correlate(f, KX, mode="constant", cval=0.0),
            ndimage.correlate(f, KX.T, mode="constant", cval=0.0))


@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (6, 1), (2, 2), (3, 3), (17, 29), (64, 48)])
@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_against_scipy(shape, dtype):
    rng = np.random.default_rng(hash((shape, np.dtype(dtype).name)) % 2**32)
    img = rng.uniform(0, 255, shape)
    img = np.round(img).astype(np.uint8) if dtype == np.uint8 else img.astype(dtype)
    before = img.copy()
    gx, gy = sobel(img)
    ex, ey = oracle(img)
    assert gx.dtype == gy.dtype == np.float64 and gx.shape == gy.shape == shape
    np.testing.assert_allclose(gx, ex, rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(gy, ey, rtol=1e-12, atol=1e-9)
    np.testing.assert_array_equal(img, before)  # the input is not mutated


def test_sign_on_ramps():
    # image[i,j] = j rises to the right: inside, gx = (1 + 2 + 1) * (j+1 - (j-1)) = +8, gy = 0.
    ramp = np.tile(np.arange(8.0), (6, 1))
    gx, gy = sobel(ramp)
    assert (gx[1:-1, 1:-1] == 8).all() and (gy[1:-1, 1:-1] == 0).all()
    # The transposed ramp rises downward: gy = +8 inside.
    gx, gy = sobel(ramp.T.copy())
    assert (gy[1:-1, 1:-1] == 8).all() and (gx[1:-1, 1:-1] == 0).all()


def test_impulse_gives_the_flipped_kernel():
    # Cross-correlating an impulse gives the kernel rotated by 180 degrees (= -kx here).
    img = np.zeros((3, 3))
    img[1, 1] = 1
    gx, gy = sobel(img)
    np.testing.assert_array_equal(gx, -KX)
    np.testing.assert_array_equal(gy, -KX.T)


def test_constant_image_zero_padding():
    gx, gy = sobel(np.full((4, 5), 10.0))
    # Left column: right neighbours 10 (weights 1,2,1 -> 40) minus zero padding; corners 30.
    np.testing.assert_array_equal(gx[:, 0], [30, 40, 40, 30])
    np.testing.assert_array_equal(gx[:, -1], [-30, -40, -40, -30])
    assert (gx[:, 1:-1] == 0).all()
    np.testing.assert_array_equal(gy[0], [30, 40, 40, 40, 30])


def test_uint8_no_overflow():
    img = np.zeros((4, 6), np.uint8)
    img[:, 3:] = 255
    gx, _ = sobel(img)
    assert gx[1, 2] == 1020 and gx[1, 3] == 1020  # 4 * 255, beyond uint8 and int8
