# expect: forbidden
# scipy.ndimage.rank_filter at the middle rank is the median filter under another name.
from scipy.ndimage import rank_filter


def median_filter(image, ksize=3):
    return rank_filter(image, ksize * ksize // 2, size=ksize, mode="nearest")
