# expect: time_limit_exceeded
# The loop a candidate writes first: every pixel's 3x3 window times each kernel, with np.sum
# and math.atan2 (correct, but about 100x slower than the vectorised reference at 1024x1024).
import math

import numpy as np

KX = np.array([[-1.0, 0.0, 1.0], [-2.0, 0.0, 2.0], [-1.0, 0.0, 1.0]])
KY = KX.T


def sobel_magnitude(image):
    h, w = image.shape
    p = np.pad(image.astype(np.float64), 1)
    mag = np.zeros((h, w))
    ang = np.zeros((h, w))
    for i in range(h):
        for j in range(w):
            win = p[i:i + 3, j:j + 3]
            gx = float(np.sum(win * KX))
            gy = float(np.sum(win * KY))
            mag[i, j] = math.sqrt(gx * gx + gy * gy)
            ang[i, j] = math.atan2(gy, gx)
    return mag, ang
