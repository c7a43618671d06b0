# expect: wrong_answer
# variant: truncated instead of rounded
# OpenCV's Python tutorial: a masked cdf stretched to 0..255, then .astype('uint8'), which truncates.
import numpy as np


def histogram_equalization(img):
    if img.min() == img.max():
        return img.copy()
    hist, bins = np.histogram(img.flatten(), 256, [0, 256])
    cdf = hist.cumsum()
    cdf_m = np.ma.masked_equal(cdf, 0)
    cdf_m = (cdf_m - cdf_m.min()) * 255 / (cdf_m.max() - cdf_m.min())
    cdf = np.ma.filled(cdf_m, 0).astype('uint8')
    return cdf[img]
