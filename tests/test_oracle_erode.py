"""The erode reference against cv2.erode's own answers (goldens) and
scipy.ndimage.grey_erosion(footprint=kernel, mode="constant", cval=the dtype's max) on every
judged case."""
import numpy as np
from scipy import ndimage

from cvdrill.judge.run import case_rng, load_problem, load_reference
from imgproc_golden import load

erode = load_reference("erode", "erode")


def big(dtype):
    return np.iinfo(dtype).max if np.dtype(dtype).kind == "u" else np.finfo(dtype).max


def scipy_erode(img, kernel):
    return ndimage.grey_erosion(img, footprint=kernel.astype(bool), mode="constant", cval=big(img.dtype))


def test_every_judged_case():
    problem = load_problem("erode")
    cases = list(problem.cases(case_rng(2026, "erode")))
    assert cases
    for c in cases:
        img, kernel = c.args
        before = img.copy()
        got = erode(img, kernel)
        assert problem.check(c, scipy_erode(img, kernel), got) is None, c.name
        np.testing.assert_array_equal(img, before)


def test_against_opencv():
    for g in load("morph"):
        got = erode(g["img"], g["kernel"])
        assert got.dtype == g["img"].dtype and got.shape == g["img"].shape
        np.testing.assert_array_equal(got, g["erode"])
        np.testing.assert_array_equal(scipy_erode(g["img"], g["kernel"]), g["erode"])


def test_border_and_empty_window():
    # the border never wins; a window with no position inside the image gives the dtype's max
    far = np.array([[0, 0, 1]], np.uint8)
    np.testing.assert_array_equal(erode(np.array([[5, 7]], np.uint8), far), [[7, 255]])
    got = erode(np.array([[5.0, -7.0]], np.float32), far)
    assert got[0, 0] == -7.0 and got[0, 1] == np.finfo(np.float32).max
    np.testing.assert_array_equal(erode(np.array([[9, 1, 8]], np.uint8), np.ones((1, 3), np.uint8)), [[1, 1, 1]])
    # not reflected: [[0, 1, 1]] is min(pixel, right neighbour)
    np.testing.assert_array_equal(erode(np.array([[3, 9, 1, 7]], np.uint8), np.array([[0, 1, 1]], np.uint8)),
                                  [[3, 1, 1, 7]])
