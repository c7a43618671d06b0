# expect: accepted
# sliding_window_view and einsum over every 3x3 window of the zero-padded image.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1)
    win = sliding_window_view(p, (3, 3))
    gx = np.einsum("ijab,ab->ij", win, KX)
    gy = np.einsum("ijab,ab->ij", win, KX.T)
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
