# expect: wrong_answer
# variant: a fixed peak of 255
# Hard-codes 255 as the peak, so [0, 1] images (max_val=1) come out 48 dB too high.
import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    if mse == 0:
        return float("inf")
    return float(10 * np.log10(255.0 ** 2 / mse))
