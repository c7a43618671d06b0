# expect: forbidden
# skimage.filters.gaussian (its own truncation and border defaults, and forbidden anyway).
import numpy as np
from skimage.filters import gaussian


def gaussian_blur(image, sigma, ksize=None):
    return gaussian(image.astype(np.float64), sigma=sigma, mode="reflect", preserve_range=True, truncate=3.0)
