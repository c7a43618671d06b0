# expect: wrong_answer
# Measures y upward (maths convention), i.e. gy = top - bottom: the direction is mirrored.
# message: gy measured upward
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[:-2] - p[2:]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
