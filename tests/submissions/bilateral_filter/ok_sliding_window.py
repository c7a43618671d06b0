# expect: accepted
# All windows at once: sliding_window_view gives [H,W,d,d]; spatial weights broadcast over them.
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def bilateral_filter(img, d, sigma_color, sigma_space):
    r = d // 2
    win = sliding_window_view(np.pad(img, r, mode="reflect"), (d, d))       # [H,W,d,d]
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    spatial = np.exp(-(yy ** 2 + xx ** 2) / (2 * sigma_space ** 2))          # [d,d]
    wgt = spatial * np.exp(-((win - img[:, :, None, None]) ** 2) / (2 * sigma_color ** 2))
    return (wgt * win).sum(axis=(2, 3)) / wgt.sum(axis=(2, 3))
