# expect: wrong_answer
# Returns np.median's float64 for a uint8 image.
# message: dtype float64, expected uint8
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def median_filter(image, ksize=3):
    r = ksize // 2
    p = np.pad(image, r, mode="edge")
    return np.median(sliding_window_view(p, (ksize, ksize)), axis=(-2, -1))
