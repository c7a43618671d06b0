# expect: time_limit_exceeded
# A Python loop over every pixel with math.atan2 (correct, far too slow at 1024x1024).
import math

import numpy as np


def sobel_magnitude(image):
    h, w = image.shape
    p = np.pad(image.astype(np.float64), 1).tolist()
    mag = np.zeros((h, w))
    ang = np.zeros((h, w))
    for i in range(h):
        r0, r1, r2 = p[i], p[i + 1], p[i + 2]
        for j in range(w):
            gx = (r0[j + 2] - r0[j]) + 2 * (r1[j + 2] - r1[j]) + (r2[j + 2] - r2[j])
            gy = (r2[j] - r0[j]) + 2 * (r2[j + 1] - r0[j + 1]) + (r2[j + 2] - r0[j + 2])
            mag[i, j] = math.sqrt(gx * gx + gy * gy)
            ang[i, j] = math.atan2(gy, gx)
    return mag, ang
