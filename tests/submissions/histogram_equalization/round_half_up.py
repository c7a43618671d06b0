# expect: wrong_answer
# variant: rounding half up
# Rounds half up with floor(x + 0.5) (C's usual (int)(x + 0.5)): cvRound rounds half to even.
# message: half to even
import numpy as np


def histogram_equalization(img):
    hist = np.bincount(img.ravel(), minlength=256)
    m = np.flatnonzero(hist)[0]
    if hist[m] == img.size:
        return img.copy()
    scale = np.float32(255) / np.float32(img.size - hist[m])
    lut = np.floor((np.cumsum(hist) - hist[m]).astype(np.float32) * scale + 0.5)
    return np.clip(lut, 0, 255).astype(np.uint8)[img]
