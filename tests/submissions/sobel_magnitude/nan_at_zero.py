# expect: wrong_answer
# Direction from arccos(gx / magnitude) with the sign of gy: right angles, but nan where the
# gradient is zero (0 / 0) instead of arctan2(0, 0) = 0.
# message: direction: .*nan
import numpy as np


def sobel_magnitude(image):
    p = np.pad(image.astype(np.float64), 1)
    dx = p[:, 2:] - p[:, :-2]
    gx = dx[:-2] + 2 * dx[1:-1] + dx[2:]
    dy = p[2:] - p[:-2]
    gy = dy[:, :-2] + 2 * dy[:, 1:-1] + dy[:, 2:]
    mag = np.sqrt(gx ** 2 + gy ** 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        theta = np.arccos(np.clip(gx / mag, -1, 1))
    return mag, np.where(gy < 0, -theta, theta)
