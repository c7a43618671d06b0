# expect: forbidden
# scipy.ndimage.gaussian_filter with the matching radius does the whole job.
# message: gaussian_filter
import math

import numpy as np
from scipy import ndimage


def gaussian_blur(image, sigma, ksize=None):
    r = math.ceil(3 * sigma) if ksize is None else ksize // 2
    return ndimage.gaussian_filter(image.astype(np.float64), sigma, mode="reflect", radius=r)
