# expect: wrong_answer
# The squared error summed instead of averaged.
import numpy as np


def psnr(img1, img2, max_val=255.0):
    sse = np.sum((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    if sse == 0:
        return float("inf")
    return float(10 * np.log10(max_val ** 2 / sse))
