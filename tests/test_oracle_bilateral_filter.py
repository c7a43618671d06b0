"""The bilateral_filter reference against a slow per-pixel double loop written here (its own
reflect-101 index arithmetic, math.exp) on every judged case, and the same loop with OpenCV's
circular window against cv2.bilateralFilter's own answers (goldens): the window shape is the
only difference the statement names, beside OpenCV's float32 lookup tables."""
import math

import numpy as np

from cvdrill.judge.run import case_rng, load_problem, load_reference
from imgproc_golden import load

SLUG = "bilateral_filter"
bilateral = load_reference(SLUG, SLUG)


def reflect101(i, n):
    """Index i folded into 0..n-1 without repeating the edge (.., 2, 1 | 0, 1, 2, ..)."""
    if n == 1:
        return 0
    period = 2 * (n - 1)
    i %= period
    return i if i < n else period - i


def slow_bilateral(img, d, sc, ss, circle=False):
    h, w = img.shape
    r = d // 2
    out = np.empty((h, w))
    for y in range(h):
        for x in range(w):
            c = float(img[y, x])
            num = den = 0.0
            for dy in range(-r, r + 1):
                for dx in range(-r, r + 1):
                    if circle and dy * dy + dx * dx > r * r:
                        continue
                    q = float(img[reflect101(y + dy, h), reflect101(x + dx, w)])
                    wt = math.exp(-(dy * dy + dx * dx) / (2 * ss * ss) - (q - c) ** 2 / (2 * sc * sc))
                    num += wt * q
                    den += wt
            out[y, x] = num / den
    return out


def test_every_judged_case():
    problem = load_problem(SLUG)
    cases = list(problem.cases(case_rng(2026, SLUG)))
    assert cases
    for c in cases:
        img = c.args[0]
        before = img.copy()
        got = bilateral(*c.args)
        assert problem.check(c, slow_bilateral(*c.args), got) is None, c.name
        np.testing.assert_array_equal(img, before)


def test_reflect101_is_numpy_reflect():
    for n in (1, 2, 3, 5):
        for r in (1, 2, 4, 7):
            a = np.arange(n)
            want = [reflect101(i, n) for i in range(-r, n + r)]
            np.testing.assert_array_equal(np.pad(a, r, mode="reflect"), want)


def test_against_opencv():
    for g in load("bilateral"):
        img = g["img"].astype(np.float64)
        d, sc, ss = int(g["d"]), float(g["sigma_color"]), float(g["sigma_space"])
        # OpenCV = this definition restricted to the disc dx^2 + dy^2 <= r^2, up to float32
        np.testing.assert_allclose(slow_bilateral(img, d, sc, ss, circle=True), g["out"], rtol=0, atol=1e-3)
        # ... and so not the square window of the contract (the corners count here)
        got = bilateral(img, d, sc, ss)
        np.testing.assert_allclose(got, slow_bilateral(img, d, sc, ss), rtol=1e-12, atol=1e-9)
        assert np.abs(got - g["out"]).max() > 0.1


def test_known_values():
    img = np.random.default_rng(5).uniform(0, 255, (5, 6))
    np.testing.assert_array_equal(bilateral(img, 1, 10.0, 2.0), img)          # d = 1: identity
    np.testing.assert_allclose(bilateral(np.full((4, 4), 7.0), 5, 3.0, 2.0), 7.0, rtol=1e-15)
    # a huge sigma_color gives the normalised Gaussian blur (reflect border)
    big = bilateral(img, 3, 1e12, 1.0)
    p = np.pad(img, 1, mode="reflect")
    k = np.exp(-np.add.outer(np.arange(-1, 2) ** 2, np.arange(-1, 2) ** 2) / 2.0)
    blur = sum(k[a, b] * p[a:a + 5, b:b + 6] for a in range(3) for b in range(3)) / k.sum()
    np.testing.assert_allclose(big, blur, rtol=1e-12)
