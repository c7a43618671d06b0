# expect: wrong_answer
# variant: a 100 dB cap for equal images
# The widely copied PSNR snippet (cast fixed, max_val used): `return 100` when the images are equal.
import math

import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    if mse == 0:
        return 100
    return 20 * math.log10(max_val / math.sqrt(mse))
