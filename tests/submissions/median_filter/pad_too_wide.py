# expect: wrong_answer
# Pads by ksize (not ksize // 2), so every window is shifted towards the top-left.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def median_filter(image, ksize=3):
    h, w = image.shape
    p = np.pad(image, ksize, mode="edge")
    win = sliding_window_view(p, (ksize, ksize))[:h, :w]
    return np.median(win, axis=(-2, -1)).astype(image.dtype)
