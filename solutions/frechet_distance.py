"""Reference: the Frechet distance between two Gaussians, the FID formula, as
calculate_frechet_distance in pytorch-fid (mseitzer/pytorch-fid, src/pytorch_fid/fid_score.py).

    frechet_distance(mu1, sigma1, mu2, sigma2) -> float

- mu1, mu2: [D] float64 means; sigma1, sigma2: [D,D] float64 covariance matrices (symmetric,
  positive semi-definite, possibly singular); D >= 1.
- d^2 = ||mu1 - mu2||^2 + Tr(sigma1) + Tr(sigma2) - 2 Tr(sqrtm(sigma1 @ sigma2)).
- sqrtm is scipy.linalg.sqrtm of the product. As pytorch-fid: if its result is not finite,
  eps = 1e-6 is added to both diagonals (inside the square root only) and it is taken again;
  a complex result whose diagonal's imaginary part is within 1e-3 of 0 is replaced by its
  real part (otherwise ValueError).
- Returns a Python float (may be a tiny negative number for equal inputs, from rounding).
"""
import warnings

import numpy as np
from scipy import linalg


def frechet_distance(mu1, sigma1, mu2, sigma2, eps: float = 1e-6) -> float:
    mu1, mu2 = np.atleast_1d(mu1), np.atleast_1d(mu2)
    sigma1, sigma2 = np.atleast_2d(sigma1), np.atleast_2d(sigma2)
    if mu1.shape != mu2.shape or sigma1.shape != sigma2.shape:
        raise ValueError("the two Gaussians have different dimensions")
    diff = mu1 - mu2
    with warnings.catch_warnings():  # "Matrix is singular": only the finiteness below matters
        warnings.simplefilter("ignore")
        covmean = linalg.sqrtm(sigma1 @ sigma2)
        if not np.isfinite(covmean).all():
            offset = np.eye(sigma1.shape[0]) * eps
            covmean = linalg.sqrtm((sigma1 + offset) @ (sigma2 + offset))
    if np.iscomplexobj(covmean):
        if not np.allclose(np.diagonal(covmean).imag, 0, atol=1e-3):
            raise ValueError(f"imaginary component {np.max(np.abs(covmean.imag))}")
        covmean = covmean.real
    return float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(covmean))
