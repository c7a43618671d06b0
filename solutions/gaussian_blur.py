"""Reference: separable Gaussian blur of a 2-D image.

    gaussian_blur(image, sigma, ksize=None) -> blurred

- image: [H,W], uint8 / float32 / float64; any H, W >= 1.
- sigma: float > 0, the standard deviation in pixels.
- ksize: odd int >= 1; default 2*ceil(3*sigma) + 1 (radius r = ceil(3*sigma)).
- The 1-D kernel g[k] = exp(-k**2 / (2*sigma**2)) for k = -r..r (r = ksize // 2), divided by
  its sum (so it sums to 1). The 2-D kernel is the outer product g g^T: blur the columns
  then the rows (cross-correlation; the kernel is symmetric, so convolution is the same).
- Border: scipy.ndimage mode "reflect" (= np.pad mode "symmetric"): the image is reflected
  about its edge with the edge pixel repeated, d c b a | a b c d | d c b a, repeated as often
  as the kernel needs (a kernel wider than the image is fine).
- Returns float64 [H,W], not rounded.
"""
import math

import numpy as np


def gaussian_kernel(sigma: float, ksize: int) -> np.ndarray:
    r = ksize // 2
    t = np.arange(-r, r + 1, dtype=np.float64)
    g = np.exp(-(t * t) / (2.0 * sigma * sigma))
    return g / g.sum()


def gaussian_blur(image: np.ndarray, sigma: float, ksize=None) -> np.ndarray:
    if ksize is None:
        ksize = 2 * math.ceil(3 * sigma) + 1
    if ksize < 1 or ksize % 2 == 0:
        raise ValueError(f"ksize must be odd and >= 1, got {ksize}")
    f = np.asarray(image, dtype=np.float64)
    h, w = f.shape
    g = gaussian_kernel(float(sigma), int(ksize))
    r = len(g) // 2
    p = np.pad(f, r, mode="symmetric")  # scipy's "reflect": the edge pixel repeated
    # Separable: along the rows (vertical), then along the columns (horizontal); each pass is
    # a weighted sum of ksize shifted slices.
    cols = sum(g[k] * p[k:k + h, :] for k in range(len(g)))      # [H, W + 2r]
    return sum(g[k] * cols[:, k:k + w] for k in range(len(g)))    # [H, W]
