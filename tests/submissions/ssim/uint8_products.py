# expect: wrong_answer
# Squares and products in the input dtype: x*x wraps around in uint8.
# message: the images are uint8
import numpy as np
from scipy.ndimage import correlate


def ssim(img1, img2, max_val=255.0):
    g = np.exp(-((np.arange(11) - 5) ** 2) / (2 * 1.5 ** 2))
    w = np.outer(g, g) / np.outer(g, g).sum()
    C1, C2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    f = lambda a: correlate(a.astype(np.float64), w, mode="constant")[5:-5, 5:-5]  # noqa: E731
    x, y = img1, img2
    mx, my = f(x), f(y)
    vx, vy, cxy = f(x * x) - mx * mx, f(y * y) - my * my, f(x * y) - mx * my
    s = (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return float(s.mean())
