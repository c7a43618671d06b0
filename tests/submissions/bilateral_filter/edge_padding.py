# expect: wrong_answer
# variant: edge padding
# Replicates the border (mode="edge").
# message: replicated
import numpy as np


def bilateral_filter(img, d, sigma_color, sigma_space):
    r = d // 2
    h, w = img.shape
    p = np.pad(img, r, mode="edge")
    num = np.zeros((h, w))
    den = np.zeros((h, w))
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            q = p[r + dy:r + dy + h, r + dx:r + dx + w]
            wgt = np.exp(-(dy * dy + dx * dx) / (2 * sigma_space ** 2) - (q - img) ** 2 / (2 * sigma_color ** 2))
            num += wgt * q
            den += wgt
    return num / den
