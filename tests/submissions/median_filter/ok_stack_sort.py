# expect: accepted
# Stack the k*k shifted views and sort along the stack.
import numpy as np


def median_filter(image, ksize=3):
    h, w = image.shape
    r = ksize // 2
    p = np.pad(image, r, mode="edge")
    stack = np.stack([p[a:a + h, b:b + w] for a in range(ksize) for b in range(ksize)])
    return np.sort(stack, axis=0)[ksize * ksize // 2]
