# expect: wrong_answer
# variant: replicate (edge) padding
# Replicates the border (np.pad mode="edge") instead of zero padding.
# message: magnitude: .* differ
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1, mode="edge")
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[2:] - p[:-2]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    return np.sqrt(gx ** 2 + gy ** 2), np.arctan2(gy, gx)
