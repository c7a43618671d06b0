# expect: wrong_answer
# variant: zero padding
# np.pad's default zeros for every dtype: right for uint8, but on float32 images with negative
# values the outside wins the maximum along the border.
# message: taken as 0
import numpy as np


def dilate(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)))
    return np.stack([p[a:a + h, b:b + w] for a, b in np.argwhere(kernel)]).max(axis=0)
