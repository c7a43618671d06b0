# expect: accepted
# sliding_window_view + np.median, cast back to the input dtype.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def median_filter(image, ksize=3):
    r = ksize // 2
    p = np.pad(image, r, mode="edge")
    return np.median(sliding_window_view(p, (ksize, ksize)), axis=(-2, -1)).astype(image.dtype)
