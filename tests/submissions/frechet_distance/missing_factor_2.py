# expect: wrong_answer
# Tr(S1 + S2 - sqrtm(S1 S2)): the factor 2 forgotten.
# message: factor 2
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = np.real(linalg.sqrtm(sigma1 @ sigma2))
    return float(diff @ diff + np.trace(sigma1 + sigma2 - covmean))
