# expect: accepted
# General building blocks are allowed: scipy.ndimage.correlate with a zero ("constant") border, np.hypot.
import numpy as np
from scipy import ndimage

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel_magnitude(image):
    f = image.astype(np.float64)
    gx = ndimage.correlate(f, KX, mode="constant", cval=0.0)
    gy = ndimage.correlate(f, KX.T, mode="constant", cval=0.0)
    return np.hypot(gx, gy), np.arctan2(gy, gx)
