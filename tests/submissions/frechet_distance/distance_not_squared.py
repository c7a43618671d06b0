# expect: wrong_answer
# variant: the distance, not its square
# Returns the distance d instead of d^2 (FID is the squared Frechet distance).
# message: square root of the FID
import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = np.real(linalg.sqrtm(sigma1 @ sigma2))
    d2 = diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean)
    return float(np.sqrt(max(d2, 0.0)))
