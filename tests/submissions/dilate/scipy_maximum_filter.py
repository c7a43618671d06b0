# expect: forbidden
# scipy.ndimage.maximum_filter with footprint=kernel is cv2.dilate.
# message: scipy.ndimage.maximum_filter
import numpy as np
from scipy.ndimage import maximum_filter


def dilate(img, kernel):
    small = 0 if img.dtype == np.uint8 else -np.finfo(np.float32).max
    return maximum_filter(img, footprint=kernel.astype(bool), mode="constant", cval=small)
