# expect: time_limit_exceeded
# The definition one window at a time: a Python loop over every position.
import numpy as np

_g = np.exp(-((np.arange(11) - 5) ** 2) / (2 * 1.5 ** 2))
W = np.outer(_g, _g) / np.outer(_g, _g).sum()


def ssim(img1, img2, max_val=255.0):
    x, y = img1.astype(np.float64), img2.astype(np.float64)
    C1, C2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    h, w = x.shape
    total = 0.0
    for i in range(h - 10):
        for j in range(w - 10):
            p, q = x[i:i + 11, j:j + 11], y[i:i + 11, j:j + 11]
            mx, my = (W * p).sum(), (W * q).sum()
            vx, vy = (W * (p - mx) ** 2).sum(), (W * (q - my) ** 2).sum()
            cxy = (W * (p - mx) * (q - my)).sum()
            total += (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return total / ((h - 10) * (w - 10))
