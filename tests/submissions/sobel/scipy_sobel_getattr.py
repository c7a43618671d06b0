# expect: forbidden
# scipy.ndimage.sobel fetched by name with getattr.
import numpy as np
from scipy import ndimage


def sobel(image):
    f = image.astype(np.float64)
    op = getattr(ndimage, "sobel")
    return op(f, 1, mode="constant"), op(f, 0, mode="constant")
