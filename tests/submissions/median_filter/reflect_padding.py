# expect: wrong_answer
# variant: mirror padding (np.pad mode="reflect")
# Pads with np.pad(mode="reflect"), which mirrors without repeating the edge pixel, instead of "edge".
import numpy as np


def median_filter(image, ksize=3):
    h, w = image.shape
    r = ksize // 2
    p = np.pad(image, r, mode="reflect")
    stack = np.stack([p[a:a + h, b:b + w] for a in range(ksize) for b in range(ksize)], axis=-1)
    return np.sort(stack, axis=-1)[..., ksize * ksize // 2]
