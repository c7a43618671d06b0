# expect: forbidden
# scipy.ndimage.grey_erosion with footprint=kernel and the right cval equals cv2.erode.
# message: scipy.ndimage
import numpy as np
from scipy import ndimage


def erode(img, kernel):
    big = 255 if img.dtype == np.uint8 else np.finfo(np.float32).max
    return ndimage.grey_erosion(img, footprint=kernel.astype(bool), mode="constant", cval=big)
