# expect: wrong_answer
# Does the arithmetic in the image's dtype: on uint8 images the differences wrap around.
# message: the image is uint8
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image, 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = (dx[:-2] + 2 * dx[1:-1] + dx[2:]).astype(np.float64)
    dy = p[2:] - p[:-2]
    gy = (dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]).astype(np.float64)
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
