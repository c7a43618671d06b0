"""Reference: bilateral filter (Tomasi & Manduchi 1998) on a square window, reflect border.

    bilateral_filter(img, d, sigma_color, sigma_space) -> out

- img: [H,W] float64, H, W >= 1. d: odd window diameter >= 1, r = d // 2 (d = 1 is the
  identity). sigma_color, sigma_space > 0.
- out: [H,W] float64,
    out[p] = sum_q w(p,q) * I(q) / sum_q w(p,q),
    w(p,q) = exp(-(dy^2 + dx^2) / (2 sigma_space^2)) * exp(-(I(q) - I(p))^2 / (2 sigma_color^2)),
  over all q = p + (dy, dx) with |dy| <= r and |dx| <= r (a square (2r+1)^2 window), where
  I is np.pad(img, r, mode="reflect") (the edge pixel is not repeated: OpenCV's
  BORDER_REFLECT_101); padded pixels count in both weights. The centre weight is 1, so the
  denominator is >= 1.
"""
import numpy as np


def bilateral_filter(img: np.ndarray, d: int, sigma_color: float, sigma_space: float) -> np.ndarray:
    img = np.asarray(img, dtype=np.float64)
    h, w = img.shape
    r = d // 2
    p = np.pad(img, r, mode="reflect")
    num = np.zeros((h, w))
    den = np.zeros((h, w))
    cs = -0.5 / (sigma_color * sigma_color)
    for dy in range(-r, r + 1):
        for dx in range(-r, r + 1):
            q = p[r + dy:r + dy + h, r + dx:r + dx + w]               # I(p + (dy, dx)), [H,W]
            ws = np.exp(-(dy * dy + dx * dx) / (2.0 * sigma_space * sigma_space))
            wgt = ws * np.exp(cs * (q - img) ** 2)
            num += wgt * q
            den += wgt
    return num / den
