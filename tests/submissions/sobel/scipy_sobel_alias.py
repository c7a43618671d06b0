# expect: forbidden
# scipy.ndimage.sobel reached through a module alias.
# message: scipy.ndimage.sobel
import numpy as np
from scipy import ndimage as nd


def sobel(image):
    f = image.astype(np.float64)
    return nd.sobel(f, 1, mode="constant"), nd.sobel(f, 0, mode="constant")
