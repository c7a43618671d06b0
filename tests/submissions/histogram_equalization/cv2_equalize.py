# expect: forbidden
# cv2.equalizeHist is the answer itself (OpenCV need not be installed: the name alone is caught).
# message: cv2.equalizeHist
import cv2


def histogram_equalization(img):
    return cv2.equalizeHist(img)
