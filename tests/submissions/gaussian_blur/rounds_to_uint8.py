# expect: wrong_answer
# Gives the answer back in the input's dtype (uint8 images come back rounded and truncated).
# message: dtype uint8, expected float64
import math

import numpy as np
from scipy.ndimage import correlate1d


def gaussian_blur(image, sigma, ksize=None):
    if ksize is None:
        ksize = 2 * math.ceil(3 * sigma) + 1
    r = ksize // 2
    g = np.exp(-np.arange(-r, r + 1) ** 2 / (2 * sigma ** 2))
    g /= g.sum()
    out = correlate1d(correlate1d(image.astype(np.float64), g, axis=0), g, axis=1)
    return out.astype(image.dtype)
