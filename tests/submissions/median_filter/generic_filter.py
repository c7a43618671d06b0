# expect: wrong_answer
# variant: scipy.ndimage's default border (mode="reflect")
# scipy.ndimage.generic_filter with np.median and its default border, mode="reflect" (the edge
# pixel repeated): the same as "edge" for ksize=3, not for ksize=5 and more.
import numpy as np
from scipy import ndimage


def median_filter(image, ksize=3):
    return ndimage.generic_filter(image, np.median, size=ksize)
