# expect: wrong_answer
# variant: replicate (edge) padding
# scipy.ndimage.correlate without mode=: its default border is "reflect", not zeros.
import numpy as np
from scipy.ndimage import correlate

KX = np.array([[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]], np.float64)


def sobel(image):
    f = image.astype(np.float64)
    return correlate(f, KX), correlate(f, KX.T)
