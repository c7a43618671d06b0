# expect: time_limit_exceeded
# Right answer, but the histogram and the mapping index the array one pixel at a time.
import numpy as np


def histogram_equalization(img):
    h, w = img.shape
    hist = np.zeros(256, np.int64)
    for i in range(h):
        for j in range(w):
            hist[img[i, j]] += 1
    m = int(np.flatnonzero(hist)[0])
    if hist[m] == img.size:
        return img.copy()
    scale = np.float32(255) / np.float32(img.size - hist[m])
    lut = np.clip(np.rint((np.cumsum(hist) - hist[m]).astype(np.float32) * scale), 0, 255).astype(np.uint8)
    out = np.empty_like(img)
    for i in range(h):
        for j in range(w):
            out[i, j] = lut[img[i, j]]
    return out
