# expect: wrong_answer
# variant: convolution instead of cross-correlation
# Convolution instead of cross-correlation: the kernel is flipped, so every sign flips.
# message: opposite sign
import numpy as np
from scipy import ndimage

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel(image):
    f = image.astype(np.float64)
    return (ndimage.convolve(f, KX, mode="constant", cval=0.0),
            ndimage.convolve(f, KX.T, mode="constant", cval=0.0))
