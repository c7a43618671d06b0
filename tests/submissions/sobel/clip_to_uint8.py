# expect: wrong_answer
# Clips the signed responses to [0, 255] and returns uint8 (negative edges vanish).
# message: dtype uint8, expected float64
import numpy as np
from scipy.ndimage import correlate


def sobel(image):
    f = image.astype(np.float64)
    kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)
    gx = np.clip(correlate(f, kx, mode='constant'), 0, 255).astype(np.uint8)
    gy = np.clip(correlate(f, kx.T, mode='constant'), 0, 255).astype(np.uint8)
    return gx, gy
