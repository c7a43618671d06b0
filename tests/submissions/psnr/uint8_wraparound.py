# expect: wrong_answer
# variant: uint8 arithmetic
# Subtracts uint8 images directly: 10 - 20 wraps to 246.
# message: the images are uint8
import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1 - img2) ** 2)
    if mse == 0:
        return float("inf")
    return float(10 * np.log10(max_val ** 2 / mse))
