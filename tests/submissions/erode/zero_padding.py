# expect: wrong_answer
# variant: zero padding
# np.pad's default zeros: the outside wins the minimum along the whole border.
# message: taken as 0
import numpy as np


def erode(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    p = np.pad(img, ((kh // 2,) * 2, (kw // 2,) * 2))
    return np.min([p[a:a + h, b:b + w] for a, b in zip(*np.nonzero(kernel))], axis=0)
