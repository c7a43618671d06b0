# expect: runtime_error
# No special case for equal images: Python float division by a zero MSE raises.
# message: ZeroDivisionError
import math

import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = float(np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2))
    return 10 * math.log10(max_val ** 2 / mse)
