# expect: wrong_answer
# variant: replicate (edge) padding
# Replicates the border (np.pad mode="edge") instead of zero padding.
# message: gx: .* differ
import numpy as np


def sobel(image):
    f = image.astype(np.float64)
    h, w = f.shape
    p = np.pad(f, 1, mode="edge")
    d = p[:, 2:] - p[:, :-2]
    gx = d[:-2] + 2 * d[1:-1] + d[2:]
    d = p[2:] - p[:-2]
    gy = d[:, :-2] + 2 * d[:, 1:-1] + d[:, 2:]
    return gx, gy
