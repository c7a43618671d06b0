# expect: wrong_answer
# 20*log10(max/mse): the 20*log10 form needs the root of the MSE.
import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    if mse == 0:
        return float("inf")
    return float(20 * np.log10(max_val / mse))
