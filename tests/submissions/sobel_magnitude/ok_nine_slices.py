# expect: accepted
# Nine shifted slices weighted by the kernel taps, then np.linalg.norm over a stacked axis.
import numpy as np

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel_magnitude(image):
    h, w = image.shape
    p = np.pad(np.asarray(image, np.float64), 1)
    gx = np.zeros((h, w))
    gy = np.zeros((h, w))
    for a in range(3):
        for b in range(3):
            gx += KX[a, b] * p[a:a + h, b:b + w]
            gy += KX[b, a] * p[a:a + h, b:b + w]
    return np.linalg.norm(np.stack([gx, gy]), axis=0), np.arctan2(gy, gx)
