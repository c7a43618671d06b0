# expect: wrong_answer
# variant: gx and gy clipped to 0..255
# The seed notes' Sobel: gx and gy clipped to [0, 255] "for display" before the magnitude, so
# falling edges vanish and strong ones saturate.
import numpy as np
from scipy.ndimage import correlate


def sobel_magnitude(image):
    kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)
    f = image.astype(np.float64)
    gx = np.clip(correlate(f, kx, mode="constant"), 0, 255)
    gy = np.clip(correlate(f, kx.T, mode="constant"), 0, 255)
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
