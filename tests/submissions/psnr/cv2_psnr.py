# expect: forbidden
# OpenCV's PSNR (not installed here: the name alone is caught).
import cv2


def psnr(img1, img2, max_val=255.0):
    return cv2.PSNR(img1, img2, max_val)
