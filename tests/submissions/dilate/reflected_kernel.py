# expect: wrong_answer
# variant: the reflected kernel
# The textbook dilation (as scipy.ndimage.grey_dilation): reads img[i - a + kh//2, ...], i.e.
# the kernel reflected. cv2.dilate does not reflect it; the two differ on asymmetric kernels.
# message: reflected
import numpy as np


def dilate(img, kernel):
    k = kernel[::-1, ::-1]
    kh, kw = k.shape
    h, w = img.shape
    small = 0 if img.dtype == np.uint8 else -np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), constant_values=small)
    out = np.full((h, w), small, img.dtype)
    for a, b in zip(*np.nonzero(k)):
        np.maximum(out, p[a:a + h, b:b + w], out=out)
    return out
