# expect: time_limit_exceeded
# A Python loop over every pixel, one 3x3 window at a time.
import numpy as np

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)
KY = KX.T


def sobel(image):
    h, w = image.shape
    p = np.pad(image.astype(np.float64), 1)
    gx = np.zeros((h, w))
    gy = np.zeros((h, w))
    for i in range(h):
        for j in range(w):
            win = p[i:i + 3, j:j + 3]
            gx[i, j] = np.sum(win * KX)
            gy[i, j] = np.sum(win * KY)
    return gx, gy
