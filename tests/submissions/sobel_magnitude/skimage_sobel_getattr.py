# expect: forbidden
# skimage.filters.sobel_h fetched by name with getattr.
import numpy as np
from skimage import filters


def sobel_magnitude(image):
    f = image.astype(np.float64)
    gy = getattr(filters, "sobel_h")(f)
    gx = getattr(filters, "sobel_v")(f)
    return np.hypot(gx, gy), np.arctan2(gy, gx)
