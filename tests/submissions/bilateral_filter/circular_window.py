# expect: wrong_answer
# variant: a circular window
# OpenCV's circular window (dx^2 + dy^2 <= r^2): the contract's window is the whole square.
# message: circular window
import numpy as np


def bilateral_filter(img, d, sigma_color, sigma_space):
    r = d // 2
    h, w = img.shape
    p = np.pad(img, r, mode="reflect")
    num = np.zeros((h, w))
    den = np.zeros((h, w))
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            if dy * dy + dx * dx > r * r:
                continue
            q = p[r + dy:r + dy + h, r + dx:r + dx + w]
            wgt = np.exp(-(dy * dy + dx * dx) / (2 * sigma_space ** 2) - (q - img) ** 2 / (2 * sigma_color ** 2))
            num += wgt * q
            den += wgt
    return num / den
