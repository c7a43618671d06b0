# expect: wrong_answer
# variant: an elementwise square root
# np.sqrt of the product, the root of each entry: nan where a diagonal entry of sigma1 @ sigma2 is
# negative, and wrong elsewhere unless the covariances are diagonal.
import numpy as np


def frechet_distance(mu1, sigma1, mu2, sigma2):
    diff = mu1 - mu2
    covmean = np.sqrt(sigma1.dot(sigma2))
    return float(diff.dot(diff) + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
