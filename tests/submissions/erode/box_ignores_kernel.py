# expect: wrong_answer
# variant: the whole kh x kw box
# Takes the minimum over the whole kh x kw box, the kernel's zeros included.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def erode(img, kernel):
    kh, kw = kernel.shape
    big = 255 if img.dtype == np.uint8 else np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2), constant_values=big)
    return sliding_window_view(p, (kh, kw)).min(axis=(-2, -1))
