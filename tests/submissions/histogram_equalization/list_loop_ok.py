# expect: accepted
# A per-pixel loop, but over Python lists (tolist) rather than indexing the array: as fast as a
# sort, so it passes; the per-pixel loop that indexes the array (pixel_loop.py) does not.
import numpy as np


def histogram_equalization(img):
    h, w = img.shape
    rows = img.tolist()
    hist = [0] * 256
    for row in rows:
        for v in row:
            hist[v] += 1
    hist = np.array(hist, np.int64)
    m = int(np.flatnonzero(hist)[0])
    if hist[m] == img.size:
        return img.copy()
    scale = np.float32(255) / np.float32(img.size - hist[m])
    lut = np.clip(np.rint((np.cumsum(hist) - hist[m]).astype(np.float32) * scale), 0, 255).astype(np.uint8).tolist()
    return np.array([[lut[v] for v in row] for row in rows], np.uint8).reshape(h, w)
