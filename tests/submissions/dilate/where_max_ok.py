# expect: accepted
# Vectorised, but slowly: every window whole (a [H,W,kh,kw] temporary), the positions outside
# the kernel replaced by the smallest value, then a max over two tiny axes.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def dilate(img, kernel):
    kh, kw = kernel.shape
    small = 0 if img.dtype == np.uint8 else -np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2), constant_values=small)
    win = sliding_window_view(p, (kh, kw))
    return np.where(kernel.astype(bool), win, np.array(small, img.dtype)).max(axis=(-2, -1))
