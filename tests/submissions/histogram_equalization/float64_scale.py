# expect: wrong_answer
# variant: rounding the float64 value
# The textbook formula in float64: exact 127.5 rounds to 128 where OpenCV's float32 product gives 127.
# message: float32
import numpy as np


def histogram_equalization(img):
    hist = np.bincount(img.ravel(), minlength=256)
    m = np.flatnonzero(hist)[0]
    if hist[m] == img.size:
        return img.copy()
    lut = np.rint((np.cumsum(hist) - hist[m]) * 255.0 / (img.size - hist[m]))
    return np.clip(lut, 0, 255).astype(np.uint8)[img]
