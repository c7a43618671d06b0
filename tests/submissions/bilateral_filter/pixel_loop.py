# expect: time_limit_exceeded
# Right answer, one pixel at a time (numpy on each d x d window).
import numpy as np


def bilateral_filter(img, d, sigma_color, sigma_space):
    r = d // 2
    h, w = img.shape
    p = np.pad(img, r, mode="reflect")
    yy, xx = np.mgrid[-r:r + 1, -r:r + 1]
    spatial = np.exp(-(yy ** 2 + xx ** 2) / (2 * sigma_space ** 2))
    out = np.empty((h, w))
    for i in range(h):
        for j in range(w):
            win = p[i:i + d, j:j + d]
            wgt = spatial * np.exp(-(win - img[i, j]) ** 2 / (2 * sigma_color ** 2))
            out[i, j] = (wgt * win).sum() / wgt.sum()
    return out
