# expect: wrong_answer
# variant: replicate (edge) padding
# Replicates the edge pixel (np.pad mode="edge", OpenCV's BORDER_REPLICATE).
# message: edge pixel replicated
import math

import numpy as np


def gaussian_blur(image, sigma, ksize=None):
    if ksize is None:
        ksize = 2 * math.ceil(3 * sigma) + 1
    r = ksize // 2
    g = np.exp(-np.arange(-r, r + 1) ** 2 / (2 * sigma ** 2))
    g /= g.sum()
    h, w = image.shape
    p = np.pad(image.astype(np.float64), r, mode="edge")
    tmp = sum(g[k] * p[k:k + h] for k in range(ksize))
    return sum(g[k] * tmp[:, k:k + w] for k in range(ksize))
