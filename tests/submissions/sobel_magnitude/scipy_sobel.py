# expect: forbidden
# scipy.ndimage.sobel computes gx and gy outright.
# message: scipy.ndimage.sobel
import numpy as np
import scipy.ndimage as nd


def sobel_magnitude(image):
    f = image.astype(np.float64)
    gx = nd.sobel(f, axis=1, mode="constant")
    gy = nd.sobel(f, axis=0, mode="constant")
    return np.hypot(gx, gy), np.arctan2(gy, gx)
