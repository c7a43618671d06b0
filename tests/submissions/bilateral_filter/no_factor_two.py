# expect: wrong_answer
# variant: exp(-d^2 / sigma^2)
# exp(-d^2 / sigma^2): the 2 of the Gaussians' 2 sigma^2 forgotten.
# message: 2 sigma\^2
import numpy as np


def bilateral_filter(img, d, sigma_color, sigma_space):
    r = d // 2
    h, w = img.shape
    p = np.pad(img, r, mode="reflect")
    num = np.zeros((h, w))
    den = np.zeros((h, w))
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            q = p[r + dy:r + dy + h, r + dx:r + dx + w]
            wgt = np.exp(-(dy * dy + dx * dx) / (1 * sigma_space ** 2) - (q - img) ** 2 / (1 * sigma_color ** 2))
            num += wgt * q
            den += wgt
    return num / den
