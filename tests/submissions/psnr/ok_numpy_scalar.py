# expect: accepted
# Returns a NumPy float64 scalar (not a Python float): allowed; inf from numpy's division by 0.
import numpy as np


def psnr(img1, img2, max_val=255.0):
    mse = np.mean(np.square(img1.astype(np.float64) - img2.astype(np.float64)))
    with np.errstate(divide="ignore"):
        return 20 * np.log10(max_val) - 10 * np.log10(mse)
