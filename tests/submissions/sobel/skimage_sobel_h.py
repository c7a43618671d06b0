# expect: forbidden
# skimage.filters.sobel_h / sobel_v (they also normalise and use another border).
import numpy as np
from skimage import filters


def sobel(image):
    f = image.astype(np.float64)
    return filters.sobel_v(f), filters.sobel_h(f)
