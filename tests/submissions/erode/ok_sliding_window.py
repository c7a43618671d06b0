# expect: accepted
# sliding_window_view over the padded image, the kernel's 1s picked by a boolean mask, min over them.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def erode(img, kernel):
    kh, kw = kernel.shape
    big = 255 if img.dtype == np.uint8 else np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2), constant_values=big)
    win = sliding_window_view(p, (kh, kw))  # [H,W,kh,kw]
    return win[:, :, kernel.astype(bool)].min(axis=-1)
