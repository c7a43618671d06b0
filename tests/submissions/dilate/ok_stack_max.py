# expect: accepted
# Stacks the shifted slices of the kernel's 1s and takes the max over the stack.
import numpy as np


def dilate(img, kernel):
    kh, kw = kernel.shape
    h, w = img.shape
    small = 0 if img.dtype == np.uint8 else -np.finfo(np.float32).max
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), constant_values=small)
    return np.stack([p[a:a + h, b:b + w] for a, b in np.argwhere(kernel)]).max(axis=0)
