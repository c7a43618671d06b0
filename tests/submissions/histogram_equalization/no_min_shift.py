# expect: wrong_answer
# variant: the cdf not shifted by hist[min]
# lut = round(255 * cdf / N): the darkest value does not go to 0 (the first non-empty bin is not subtracted).
# message: not shifted
import numpy as np


def histogram_equalization(img):
    hist = np.bincount(img.ravel(), minlength=256)
    if img.min() == img.max():
        return img.copy()
    lut = np.rint(np.cumsum(hist) * 255.0 / img.size)
    return np.clip(lut, 0, 255).astype(np.uint8)[img]
