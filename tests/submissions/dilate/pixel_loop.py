# expect: time_limit_exceeded
# Right answer, one window at a time.
import numpy as np


def dilate(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    small = 0 if img.dtype == np.uint8 else -np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), constant_values=small)
    mask = kernel.astype(bool)
    out = np.empty_like(img)
    for i in range(h):
        for j in range(w):
            out[i, j] = p[i:i + kh, j:j + kw][mask].max()
    return out
