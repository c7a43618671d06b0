# expect: wrong_answer
# An 11x11 uniform (box) window instead of the Gaussian.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def ssim(img1, img2, max_val=255.0):
    x, y = img1.astype(np.float64), img2.astype(np.float64)
    C1, C2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    f = lambda a: sliding_window_view(a, (11, 11)).mean(axis=(-2, -1))  # noqa: E731
    mx, my = f(x), f(y)
    vx, vy, cxy = f(x * x) - mx * mx, f(y * y) - my * my, f(x * y) - mx * my
    s = (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return float(s.mean())
