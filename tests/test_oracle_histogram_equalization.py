"""The histogram_equalization reference against cv2.equalizeHist's own answers (goldens) and
a slow per-pixel loop written here, on every judged case."""
import numpy as np
import pytest

from cvdrill.judge.run import case_rng, load_problem, load_reference
from imgproc_golden import load

SLUG = "histogram_equalization"
equalize = load_reference(SLUG, SLUG)


def slow_equalize(img):
    """OpenCV's EqualizeHistLut_Invoker, line by line: an int histogram, the first non-empty
    bin, a float32 scale, float32 sum * scale rounded half to even, saturated."""
    flat = img.ravel().tolist()
    hist = [0] * 256
    for v in flat:
        hist[v] += 1
    i = 0
    while not hist[i]:
        i += 1
    total = len(flat)
    if hist[i] == total:
        return img.copy()
    scale = np.float32(255.0) / np.float32(total - hist[i])
    lut = [0] * 256
    s = 0
    for v in range(i + 1, 256):
        s += hist[v]
        lut[v] = min(255, max(0, int(np.rint(np.float32(s) * scale))))
    return np.array([lut[v] for v in flat], np.uint8).reshape(img.shape)


def test_every_judged_case():
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert cases
    for c in cases:
        img = c.args[0]
        before = img.copy()
        got = equalize(img)
        assert problem.check(c, slow_equalize(img), got) is None, c.name
        np.testing.assert_array_equal(img, before)


def test_against_opencv():
    for g in load("equalize"):
        got = equalize(g["img"])
        assert got.dtype == np.uint8 and got.shape == g["img"].shape
        np.testing.assert_array_equal(got, g["out"])
        np.testing.assert_array_equal(slow_equalize(g["img"]), g["out"])


def test_known_values():
    # scale = 255/510 = 0.5 exactly: 0.5, 1.0, 1.5 -> 0, 1, 2 (half to even), top -> 255
    half = np.array([[0, 10, 20, 30] + [40] * 507], np.uint8)
    np.testing.assert_array_equal(equalize(half)[0, :5], [0, 0, 1, 2, 255])
    # 7 * float32(255/14) = 127.49999 in float32: 127 (exact arithmetic: 127.5 -> 128)
    f32 = np.array([[0] + [50] * 7 + [200] * 7], np.uint8)
    assert equalize(f32)[0, 1] == 127 and round(7 * 255 / 14) == 128
    # constant images are unchanged; two values go to 0 and 255
    for v in (0, 77, 255):
        np.testing.assert_array_equal(equalize(np.full((3, 4), v, np.uint8)), np.full((3, 4), v, np.uint8))
    np.testing.assert_array_equal(equalize(np.array([[10, 12]], np.uint8)), [[0, 255]])
    # every value once: the identity
    perm = np.random.default_rng(3).permutation(256).astype(np.uint8).reshape(16, 16)
    np.testing.assert_array_equal(equalize(perm), perm)


@pytest.mark.parametrize("k", range(4))
def test_skimage_equalize_hist_is_not_opencv(k):
    """skimage's equalize_hist (float cdf at bin centres, no hist[min] shift) is no oracle here."""
    from skimage.exposure import equalize_hist

    g = [c for c in load("equalize") if c["img"].size >= 64 and c["img"].min() != c["img"].max()][k]
    sk = np.round(equalize_hist(g["img"]) * 255).astype(np.uint8)
    assert not np.array_equal(sk, g["out"])
