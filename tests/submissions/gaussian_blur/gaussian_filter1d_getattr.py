# expect: forbidden
# scipy.ndimage.gaussian_filter1d fetched by name.
import math

import numpy as np
import scipy.ndimage


def gaussian_blur(image, sigma, ksize=None):
    r = math.ceil(3 * sigma) if ksize is None else ksize // 2
    blur = getattr(scipy.ndimage, "gaussian_filter1d")
    f = image.astype(np.float64)
    return blur(blur(f, sigma, axis=0, radius=r), sigma, axis=1, radius=r)
