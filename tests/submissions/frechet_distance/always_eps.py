# expect: wrong_answer
# variant: eps added every time
# Adds eps*I to both covariances every time: pytorch-fid only does so when sqrtm fails, and
# on singular covariances the shift changes the result well beyond rounding.
# message: eps added
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    offset = np.eye(len(mu1)) * 1e-6
    covmean = np.real(linalg.sqrtm((sigma1 + offset) @ (sigma2 + offset)))
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
