# expect: accepted
# Vectorised, but slowly: every window whole (a [H,W,kh,kw] temporary), the positions outside
# the kernel replaced by the largest value, then a min over two tiny axes.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def erode(img, kernel):
    kh, kw = kernel.shape
    big = 255 if img.dtype == np.uint8 else np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2), constant_values=big)
    win = sliding_window_view(p, (kh, kw))
    return np.where(kernel.astype(bool), win, np.array(big, img.dtype)).min(axis=(-2, -1))
