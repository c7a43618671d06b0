# expect: accepted
# The symmetric form: Tr(sqrtm(S1 S2)) = Tr(sqrtm(A S2 A)) with A = S1^1/2, all by eigh.
import numpy as np


def _sqrt_psd(s):
    w, v = np.linalg.eigh(s)
    return (v * np.sqrt(np.clip(w, 0, None))) @ v.T


def frechet_distance(mu1, sigma1, mu2, sigma2):
    a = _sqrt_psd(sigma1)
    w = np.linalg.eigvalsh(a @ sigma2 @ a)
    diff = mu1 - mu2
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.sqrt(np.clip(w, 0, None)).sum())
