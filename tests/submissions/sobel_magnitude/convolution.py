# expect: wrong_answer
# variant: convolution instead of cross-correlation
# scipy.ndimage.convolve flips the kernel: gx and gy change sign, so every direction is off by pi.
# message: direction
import numpy as np
from scipy import ndimage

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel_magnitude(image):
    f = image.astype(np.float64)
    gx = ndimage.convolve(f, KX, mode="constant")
    gy = ndimage.convolve(f, KX.T, mode="constant")
    return np.hypot(gx, gy), np.arctan2(gy, gx)
