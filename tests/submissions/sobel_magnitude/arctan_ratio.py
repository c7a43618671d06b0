# expect: wrong_answer
# np.arctan(gy / gx): only (-pi/2, pi/2), so edges pointing left get the wrong half-plane
# (and gx = 0 divides by zero).
# message: arctan\(gy / gx\)
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[2:] - p[:-2]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    with np.errstate(divide="ignore", invalid="ignore"):
        direction = np.arctan(gy / gx)
    direction = np.nan_to_num(direction)  # "fix" the 0/0 pixels
    return np.sqrt(gx ** 2 + gy ** 2), direction
