# expect: wrong_answer
# variant: edge padding
# Replicates the border (np.pad mode="edge") so that "the outside is like the edge": a window reaching
# outside then picks up edge pixels that are not in it.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def erode(img, kernel):
    kh, kw = kernel.shape
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), mode="edge")
    win = sliding_window_view(p, (kh, kw))  # [H,W,kh,kw]
    return win[:, :, kernel.astype(bool)].min(axis=-1)
