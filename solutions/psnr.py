"""Reference: peak signal-to-noise ratio of two images.

    psnr(img1, img2, max_val=255.0) -> float

- img1, img2: arrays of the same shape (any shape: [H,W], [H,W,C], ...), uint8 / float32 /
  float64, same dtype.
- mse = mean over every element of (img1 - img2)**2, computed in float64 (uint8 differences
  would wrap around).
- Returns the Python float 10 * log10(max_val**2 / mse), in dB; float('inf') when the images
  are equal (mse == 0). As skimage.metrics.peak_signal_noise_ratio(data_range=max_val).
"""
import math

import numpy as np


def psnr(img1: np.ndarray, img2: np.ndarray, max_val: float = 255.0) -> float:
    diff = np.asarray(img1, np.float64) - np.asarray(img2, np.float64)
    mse = float(np.mean(diff * diff))
    if mse == 0.0:
        return math.inf
    return 10.0 * math.log10(float(max_val) ** 2 / mse)
