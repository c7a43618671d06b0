# expect: accepted
# np.unique with return_inverse/return_counts instead of bincount; the LUT over present values only.
import numpy as np


def histogram_equalization(img):
    vals, inv, counts = np.unique(img.ravel(), return_inverse=True, return_counts=True)
    if len(vals) == 1:
        return img.copy()
    cdf = np.cumsum(counts) - counts[0]
    scale = np.float32(255) / np.float32(img.size - counts[0])
    lut = np.clip(np.rint(cdf.astype(np.float32) * scale), 0, 255).astype(np.uint8)
    return lut[inv].reshape(img.shape)
