# expect: wrong_answer
# Clips to [0, 255] "for display" but returns float64: the signed values are lost.
# message: gx: .* expected -
import numpy as np
from scipy.ndimage import correlate


def sobel(image):
    f = image.astype(np.float64)
    kx = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)
    return (np.clip(correlate(f, kx, mode="constant"), 0, 255),
            np.clip(correlate(f, kx.T, mode="constant"), 0, 255))
