# expect: wrong_answer
# variant: zero padding
# Pads with zeros (np.pad's default) instead of replicating the border.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def median_filter(image, ksize=3):
    r = ksize // 2
    p = np.pad(image, r)
    win = sliding_window_view(p, (ksize, ksize))
    return np.median(win, axis=(-2, -1)).astype(image.dtype)
