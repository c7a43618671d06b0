# expect: wrong_answer
# A box (mean) filter instead of the median.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def median_filter(image, ksize=3):
    r = ksize // 2
    p = np.pad(image, r, mode="edge").astype(np.float64)
    out = sliding_window_view(p, (ksize, ksize)).mean(axis=(-2, -1))
    return np.round(out).astype(image.dtype) if image.dtype == np.uint8 else out.astype(image.dtype)
