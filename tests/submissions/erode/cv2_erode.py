# expect: forbidden
# cv2.erode is the answer itself.
# message: cv2.erode
import cv2


def erode(img, kernel):
    return cv2.erode(img, kernel)
