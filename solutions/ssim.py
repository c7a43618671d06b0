"""Reference: SSIM of two grayscale images (Wang, Bovik, Sheikh & Simoncelli, 2004).

    ssim(img1, img2, max_val=255.0) -> float

- img1, img2: [H,W] with H, W >= 11, same shape; uint8 / float32 / float64.
- Window: 11x11 Gaussian, sigma 1.5, normalised to sum 1 (the outer product of the
  normalised 1-D Gaussian).
- Local statistics under the window, population (biased) form, in float64:
      mu_x = w * x,  sigma_x^2 = w * x^2 - mu_x^2,  sigma_xy = w * (x y) - mu_x mu_y
  where w * . is the weighted sum over the window (cross-correlation, no padding).
- SSIM map: ((2 mu_x mu_y + C1)(2 sigma_xy + C2)) / ((mu_x^2 + mu_y^2 + C1)(sigma_x^2 + sigma_y^2 + C2)),
  C1 = (0.01 max_val)^2, C2 = (0.03 max_val)^2, over the valid region only: [H-10, W-10].
- Returns the mean of the map as a Python float. Equals
  skimage.metrics.structural_similarity(img1, img2, data_range=max_val, gaussian_weights=True,
  sigma=1.5, use_sample_covariance=False).
"""
import numpy as np

WIN, SIGMA = 11, 1.5


def _gaussian_1d(size: int = WIN, sigma: float = SIGMA) -> np.ndarray:
    x = np.arange(size) - size // 2
    g = np.exp(-(x * x) / (2.0 * sigma * sigma))
    return g / g.sum()


def _filter_valid(a: np.ndarray, g: np.ndarray) -> np.ndarray:
    """Weighted window sums of `a` with the separable window outer(g, g), valid region only:
    one pass down the rows, one along the columns, each a sum of len(g) shifted slices."""
    n = g.size
    h, w = a.shape
    rows = g[0] * a[: h - n + 1]
    for k in range(1, n):
        rows += g[k] * a[k: h - n + 1 + k]
    out = g[0] * rows[:, : w - n + 1]
    for k in range(1, n):
        out += g[k] * rows[:, k: w - n + 1 + k]
    return out


def ssim(img1: np.ndarray, img2: np.ndarray, max_val: float = 255.0) -> float:
    x = np.asarray(img1, np.float64)
    y = np.asarray(img2, np.float64)
    g = _gaussian_1d()
    c1 = (0.01 * max_val) ** 2
    c2 = (0.03 * max_val) ** 2
    mu_x = _filter_valid(x, g)
    mu_y = _filter_valid(y, g)
    var_x = _filter_valid(x * x, g) - mu_x * mu_x
    var_y = _filter_valid(y * y, g) - mu_y * mu_y
    cov = _filter_valid(x * y, g) - mu_x * mu_y
    num = (2.0 * mu_x * mu_y + c1) * (2.0 * cov + c2)
    den = (mu_x * mu_x + mu_y * mu_y + c1) * (var_x + var_y + c2)
    return float(np.mean(num / den))
