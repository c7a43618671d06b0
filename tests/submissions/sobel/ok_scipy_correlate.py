# expect: accepted
# A general building block is allowed: scipy.ndimage.correlate with a zero ("constant") border.
import numpy as np
from scipy import ndimage

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel(image):
    f = image.astype(np.float64)
    return (ndimage.correlate(f, KX, mode="constant", cval=0.0),
            ndimage.correlate(f, KX.T, mode="constant", cval=0.0))
