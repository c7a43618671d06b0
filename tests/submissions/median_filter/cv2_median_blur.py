# expect: forbidden
# cv2.medianBlur (OpenCV need not be installed: the name alone is caught).
# message: cv2.medianBlur
import cv2


def median_filter(image, ksize=3):
    return cv2.medianBlur(image, ksize)
