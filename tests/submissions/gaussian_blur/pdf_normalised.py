# expect: wrong_answer
# variant: the density's constant 1/(sqrt(2*pi)*sigma)
# Uses the continuous density's constant 1/(sqrt(2*pi)*sigma): the truncated, sampled kernel
# then does not sum to 1 (the image gets darker).
# message: not by its own sum
import math

import numpy as np


def gaussian_blur(image, sigma, ksize=None):
    if ksize is None:
        ksize = 2 * math.ceil(3 * sigma) + 1
    r = ksize // 2
    x = np.arange(-r, r + 1)
    g = np.exp(-x ** 2 / (2 * sigma ** 2)) / (math.sqrt(2 * math.pi) * sigma)
    h, w = image.shape
    p = np.pad(image.astype(np.float64), r, mode="symmetric")
    tmp = sum(g[k] * p[k:k + h] for k in range(ksize))
    return sum(g[k] * tmp[:, k:k + w] for k in range(ksize))
