# expect: wrong_answer
# Keeps sqrtm's complex result: the answer is a complex number, not a float.
# message: complex
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = linalg.sqrtm(sigma1 @ sigma2)
    return diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean)
