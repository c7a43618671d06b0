# expect: accepted
# Building blocks are allowed: the kernel by hand, scipy.ndimage.correlate1d along each axis
# with its default border "reflect".
import math

import numpy as np
from scipy.ndimage import correlate1d


def gaussian_blur(image, sigma, ksize=None):
    if ksize is None:
        ksize = 2 * math.ceil(3 * sigma) + 1
    r = ksize // 2
    x = np.arange(-r, r + 1)
    g = np.exp(-x ** 2 / (2 * sigma ** 2))
    g /= g.sum()
    f = image.astype(np.float64)
    return correlate1d(correlate1d(f, g, axis=0, mode="reflect"), g, axis=1, mode="reflect")
