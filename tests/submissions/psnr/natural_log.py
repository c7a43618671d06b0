# expect: wrong_answer
# variant: the natural log
# np.log (natural log) instead of np.log10.
import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    if mse == 0:
        return float("inf")
    return float(10 * np.log(max_val ** 2 / mse))
