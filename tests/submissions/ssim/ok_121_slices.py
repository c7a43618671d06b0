# expect: accepted
# The 2-D window as 121 shifted slices (not separable): slower than the reference, within the limit.
import numpy as np

_g = np.exp(-((np.arange(11) - 5) ** 2) / (2 * 1.5 ** 2))
W = np.outer(_g, _g) / np.outer(_g, _g).sum()


def filt(a):
    h, w = a.shape
    out = np.zeros((h - 10, w - 10))
    for i in range(11):
        for j in range(11):
            out += W[i, j] * a[i:i + h - 10, j:j + w - 10]
    return out


def ssim(img1, img2, max_val=255.0):
    x, y = img1.astype(np.float64), img2.astype(np.float64)
    C1, C2 = (0.01 * max_val) ** 2, (0.03 * max_val) ** 2
    mx, my = filt(x), filt(y)
    vx, vy, cxy = filt(x * x) - mx * mx, filt(y * y) - my * my, filt(x * y) - mx * my
    s = (2 * mx * my + C1) * (2 * cxy + C2) / ((mx * mx + my * my + C1) * (vx + vy + C2))
    return float(s.mean())
