# expect: wrong_answer
# np.sqrt of the product: an elementwise root, right only for diagonal covariances.
# message: elementwise
import numpy as np


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = np.sqrt(np.abs(sigma1 @ sigma2))
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
