"""The sobel_magnitude reference against scipy.ndimage.correlate (zero padding) followed by
np.hypot / np.arctan2, and hand-made images with known directions."""
import numpy as np
import pytest
from scipy import ndimage

from cvdrill.judge.run import load_reference

sobel_magnitude = load_reference("sobel_magnitude", "sobel_magnitude")
KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def oracle(img):
    f = img.astype(np.float64)
    gx = ndimage.correlate(f, KX, mode="constant", cval=0.0)
    gy = ndimage.correlate(f, KX.T, mode="constant", cval=0.0)
    return np.hypot(gx, gy), np.arctan2(gy, gx)


@pytest.mark.parametrize("shape", [(1, 1), (1, 7), (6, 1), (2, 2), (3, 3), (17, 29), (64, 48)])
@pytest.mark.parametrize("dtype", [np.uint8, np.float32, np.float64])
def test_against_scipy(shape, dtype):
    rng = np.random.default_rng(sum(shape) * 7 + np.dtype(dtype).itemsize)
    img = rng.uniform(0, 255, shape)
    img = np.round(img).astype(np.uint8) if dtype == np.uint8 else img.astype(dtype)
    before = img.copy()
    mag, ang = sobel_magnitude(img)
    emag, eang = oracle(img)
    assert mag.dtype == ang.dtype == np.float64 and mag.shape == ang.shape == shape
    np.testing.assert_allclose(mag, emag, rtol=1e-12, atol=1e-9)
    # angles: compare on the circle where the gradient is not negligible
    big = emag > 1e-6
    d = (ang - eang + np.pi) % (2 * np.pi) - np.pi
    assert np.abs(d[big]).max(initial=0) < 1e-9
    assert np.all(np.abs(ang) <= np.pi)
    np.testing.assert_array_equal(img, before)  # the input is not mutated


def test_directions_of_ramps():
    ramp = np.tile(np.arange(8.0), (6, 1))  # rises to the right
    mag, ang = sobel_magnitude(ramp)
    assert (mag[1:-1, 1:-1] == 8).all() and (ang[1:-1, 1:-1] == 0).all()
    mag, ang = sobel_magnitude(ramp.T.copy())  # rises downward
    np.testing.assert_allclose(ang[1:-1, 1:-1], np.pi / 2)
    mag, ang = sobel_magnitude(ramp[:, ::-1].copy())  # rises to the left
    np.testing.assert_allclose(ang[1:-1, 1:-1], np.pi)
    diag = np.add.outer(np.arange(6.0), np.arange(6.0))  # rises down and right
    mag, ang = sobel_magnitude(diag)
    np.testing.assert_allclose(ang[1:-1, 1:-1], np.pi / 4)
    np.testing.assert_allclose(mag[1:-1, 1:-1], 8 * np.sqrt(2))


def test_zero_gradient_direction_is_zero():
    mag, ang = sobel_magnitude(np.zeros((4, 5)))
    assert (mag == 0).all() and (ang == 0).all() and not np.signbit(ang).any()
    mag, ang = sobel_magnitude(np.full((5, 6), 10.0))
    assert (mag[1:-1, 1:-1] == 0).all() and (ang[1:-1, 1:-1] == 0).all()
    # the zero-padded border points inward: left column rises to the right
    assert (ang[1:-1, 0] == 0).all() and np.allclose(ang[1:-1, -1], np.pi)


def test_uint8_no_overflow():
    img = np.zeros((4, 6), np.uint8)
    img[:, 3:] = 255
    mag, ang = sobel_magnitude(img)
    assert mag[1, 2] == 1020 and ang[1, 2] == 0
