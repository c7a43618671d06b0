# expect: accepted
# Tr(sqrtm(S1 S2)) = sum of the square roots of the eigenvalues of S1 S2 (real and >= 0 in
# exact arithmetic: S1 S2 is similar to S1^1/2 S2 S1^1/2), as torchmetrics computes it.
import numpy as np


def frechet_distance(mu1, sigma1, mu2, sigma2):
    ev = np.linalg.eigvals(sigma1 @ sigma2)
    tr_covmean = np.sqrt(ev.astype(complex)).real.sum()
    diff = mu1 - mu2
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * tr_covmean)
