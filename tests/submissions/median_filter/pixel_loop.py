# expect: time_limit_exceeded
# np.median on every window, one pixel at a time.
import numpy as np


def median_filter(image, ksize=3):
    h, w = image.shape
    r = ksize // 2
    p = np.pad(image, r, mode="edge")
    out = np.empty_like(image)
    for i in range(h):
        for j in range(w):
            out[i, j] = np.median(p[i:i + ksize, j:j + ksize])
    return out
