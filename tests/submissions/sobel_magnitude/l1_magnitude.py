# expect: wrong_answer
# variant: the L1 magnitude |gx| + |gy|
# The cheap approximation |gx| + |gy| instead of the Euclidean magnitude.
# message: \|gx\| \+ \|gy\|
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[2:] - p[:-2]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    return np.abs(gx) + np.abs(gy), np.arctan2(gy, gx)
