# expect: accepted
# The full 2-D kernel (outer product) against every window of the symmetric-padded image.
import math

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def gaussian_blur(image, sigma, ksize=None):
    k = ksize or 2 * math.ceil(3 * sigma) + 1
    r = k // 2
    ax = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-(ax[:, None] ** 2 + ax[None, :] ** 2) / (2 * sigma * sigma))
    g /= g.sum()
    p = np.pad(np.asarray(image, np.float64), r, mode="symmetric")
    return np.einsum("ijab,ab->ij", sliding_window_view(p, (k, k)), g)
