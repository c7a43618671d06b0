"""The dilate reference against cv2.dilate's own answers (goldens) and scipy's maximum filter
(footprint=kernel, mode="constant", cval=the dtype's min) on every judged case. scipy's
grey_dilation reflects the footprint, so it equals cv2.dilate only with the kernel flipped."""
import numpy as np
from scipy import ndimage

from cvdrill.judge.run import case_rng, load_problem, load_reference
from imgproc_golden import load

dilate = load_reference("dilate", "dilate")


def small(dtype):
    return np.iinfo(dtype).min if np.dtype(dtype).kind == "u" else -np.finfo(dtype).max


def scipy_dilate(img, kernel):
    return ndimage.maximum_filter(img, footprint=kernel.astype(bool), mode="constant", cval=small(img.dtype))


def test_every_judged_case():
    problem = load_problem("dilate")
    cases = list(problem.cases(case_rng(2026, "dilate")))
    assert cases
    for c in cases:
        img, kernel = c.args
        before = img.copy()
        got = dilate(img, kernel)
        assert problem.check(c, scipy_dilate(img, kernel), got) is None, c.name
        np.testing.assert_array_equal(img, before)
        flipped = ndimage.grey_dilation(img, footprint=kernel[::-1, ::-1].astype(bool), mode="constant",
                                        cval=small(img.dtype))
        np.testing.assert_array_equal(got, flipped)


def test_against_opencv():
    asym_differs = 0
    for g in load("morph"):
        img, k = g["img"], g["kernel"]
        got = dilate(img, k)
        assert got.dtype == img.dtype and got.shape == img.shape
        np.testing.assert_array_equal(got, g["dilate"])
        np.testing.assert_array_equal(scipy_dilate(img, k), g["dilate"])
        textbook = ndimage.grey_dilation(img, footprint=k.astype(bool), mode="constant", cval=small(img.dtype))
        asym_differs += not np.array_equal(textbook, g["dilate"])
    assert asym_differs > 10  # scipy's grey_dilation (reflected footprint) is not cv2.dilate


def test_border_and_empty_window():
    far = np.array([[0, 0, 1]], np.uint8)
    np.testing.assert_array_equal(dilate(np.array([[5, 7]], np.uint8), far), [[7, 0]])
    got = dilate(np.array([[5.0, -7.0]], np.float32), far)
    assert got[0, 0] == -7.0 and got[0, 1] == -np.finfo(np.float32).max
    # negative float32 values: the outside (not 0) never wins
    np.testing.assert_array_equal(dilate(np.array([[-3.0, -1.0, -2.0]], np.float32), np.ones((1, 3), np.uint8)),
                                  [[-1.0, -1.0, -1.0]])
    # not reflected: [[0, 1, 1]] is max(pixel, right neighbour)
    np.testing.assert_array_equal(dilate(np.array([[3, 9, 1, 7]], np.uint8), np.array([[0, 1, 1]], np.uint8)),
                                  [[9, 9, 7, 7]])
