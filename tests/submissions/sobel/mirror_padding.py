# expect: wrong_answer
# variant: mirror padding (np.pad mode="reflect")
# Pads with np.pad(mode="reflect") (OpenCV's default border) instead of zeros.
import numpy as np

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel(image):
    h, w = image.shape
    p = np.pad(image.astype(np.float64), 1, mode="reflect")
    gx = np.zeros((h, w))
    gy = np.zeros((h, w))
    for a in range(3):
        for b in range(3):
            gx += KX[a, b] * p[a:a + h, b:b + w]
            gy += KX.T[a, b] * p[a:a + h, b:b + w]
    return gx, gy
