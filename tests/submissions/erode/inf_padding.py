# expect: wrong_answer
# variant: +inf padding
# Pads float32 with +inf: right wherever the window reaches the image, but a window with no
# position inside it must give OpenCV's border value np.finfo(np.float32).max, not inf.
# message: np.finfo\(np.float32\).max
import numpy as np


def erode(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    big = 255 if img.dtype == np.uint8 else np.inf
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2), constant_values=big)
    return np.min([p[a:a + h, b:b + w] for a, b in zip(*np.nonzero(kernel))], axis=0)
