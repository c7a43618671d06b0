# expect: forbidden
# scipy.ndimage.median_filter with mode="nearest" is exactly the answer.
# message: scipy.ndimage.median_filter
from scipy import ndimage


def median_filter(image, ksize=3):
    return ndimage.median_filter(image, size=ksize, mode="nearest")
