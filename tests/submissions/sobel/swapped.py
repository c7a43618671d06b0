# expect: wrong_answer
# Returns the row derivative as gx and the column derivative as gy.
# message: swapped
import numpy as np


def sobel(image):
    p = np.pad(image.astype(np.float64), 1)
    d = p[:, 2:] - p[:, :-2]
    dx = d[:-2] + 2 * d[1:-1] + d[2:]
    d = p[2:] - p[:-2]
    dy = d[:, :-2] + 2 * d[:, 1:-1] + d[:, 2:]
    return dy, dx
