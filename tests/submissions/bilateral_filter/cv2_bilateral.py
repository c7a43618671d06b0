# expect: forbidden
# OpenCV's own filter (not even the same definition: circular window, float32 only).
# message: cv2.bilateralFilter
import cv2
import numpy as np


def bilateral_filter(img, d, sigma_color, sigma_space):
    return cv2.bilateralFilter(img.astype(np.float32), d, sigma_color, sigma_space).astype(np.float64)
