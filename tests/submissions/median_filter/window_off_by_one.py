# expect: wrong_answer
# Offsets run over range(-r, r): the window misses its last row and column (ksize-1 wide, off centre).
import numpy as np


def median_filter(image, ksize=3):
    h, w = image.shape
    r = ksize // 2
    p = np.pad(image, r, mode="edge")
    shifted = [p[r + dy:r + dy + h, r + dx:r + dx + w] for dy in range(-r, r) for dx in range(-r, r)]
    if not shifted:
        return image.copy()
    return np.sort(np.stack(shifted), axis=0)[len(shifted) // 2]
