# expect: wrong_answer
# skimage.exposure.equalize_hist scaled to 0..255: another definition (cdf at bin centres, no hist[min] shift).
import numpy as np
from skimage.exposure import equalize_hist


def histogram_equalization(img):
    return np.round(equalize_hist(img, nbins=256) * 255).astype(np.uint8)
