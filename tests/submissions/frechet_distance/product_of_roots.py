# expect: wrong_answer
# variant: sqrtm(sigma1) @ sqrtm(sigma2)
# sqrtm(S1) @ sqrtm(S2) in place of sqrtm(S1 @ S2): equal only when S1 and S2 commute.
# message: commute
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = np.real(linalg.sqrtm(sigma1) @ linalg.sqrtm(sigma2))
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
