# expect: wrong_answer
# np.linalg.norm(mu1 - mu2) where its square belongs.
# message: not squared
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    covmean = np.real(linalg.sqrtm(sigma1 @ sigma2))
    return float(np.linalg.norm(mu1 - mu2) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
