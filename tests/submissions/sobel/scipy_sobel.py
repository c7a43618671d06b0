# expect: forbidden
# scipy.ndimage.sobel does the whole job.
# message: scipy.ndimage.sobel
import numpy as np
import scipy.ndimage


def sobel(image):
    f = image.astype(np.float64)
    return scipy.ndimage.sobel(f, axis=1, mode="constant"), scipy.ndimage.sobel(f, axis=0, mode="constant")
