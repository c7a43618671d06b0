# expect: wrong_answer
# variant: uint8 arithmetic (wraps around)
# Does the arithmetic in the input dtype: on uint8 images the differences wrap around.
# message: the image is uint8
import numpy as np


def sobel(image):
    h, w = image.shape
    p = np.pad(image, 1)
    d = p[:, 2:] - p[:, :-2]
    gx = d[:-2] + 2 * d[1:-1] + d[2:]
    d = p[2:] - p[:-2]
    gy = d[:, :-2] + 2 * d[:, 1:-1] + d[:, 2:]
    return gx.astype(np.float64), gy.astype(np.float64)
