# expect: wrong_answer
# Treats an explicit ksize as the radius: 2*ksize+1 taps instead of ksize.
# message: ksize used as the radius
import math

import numpy as np


def gaussian_blur(image, sigma, ksize=None):
    r = math.ceil(3 * sigma) if ksize is None else ksize
    g = np.exp(-np.arange(-r, r + 1) ** 2 / (2 * sigma ** 2))
    g /= g.sum()
    h, w = image.shape
    p = np.pad(image.astype(np.float64), r, mode="symmetric")
    tmp = sum(g[k] * p[k:k + h] for k in range(2 * r + 1))
    return sum(g[k] * tmp[:, k:k + w] for k in range(2 * r + 1))
