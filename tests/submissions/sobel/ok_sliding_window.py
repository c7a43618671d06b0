# expect: accepted
# sliding_window_view and einsum: every 3x3 window against each kernel.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel(image):
    win = sliding_window_view(np.pad(image.astype(np.float64), 1), (3, 3))  # [H,W,3,3]
    return np.einsum("ijab,ab->ij", win, KX), np.einsum("ijab,ab->ij", win, KX.T)
