# expect: wrong_answer
# Casts after subtracting: the uint8 difference 100 - 101 has already wrapped to 255.
# message: expected 48.1308, got 0 
import numpy as np


def psnr(img1, img2, max_val=255.0):
    diff = (img1 - img2).astype(np.float64)
    mse = np.mean(diff ** 2)
    if mse == 0:
        return float("inf")
    return float(10 * np.log10(max_val ** 2 / mse))
