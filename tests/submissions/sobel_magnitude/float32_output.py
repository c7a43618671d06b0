# expect: wrong_answer
# Keeps the image's float32 dtype for the answers (the contract says float64).
# message: dtype float32, expected float64
import numpy as np


def sobel_magnitude(image):
    f = image.astype(np.float64) if image.dtype == np.uint8 else image
    p = np.pad(f, 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[2:] - p[:-2]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
