"""Reference: grey-level dilation, exactly as cv2.dilate(img, kernel) with its defaults.

    dilate(img, kernel) -> out

- img: [H,W] uint8 or float32, H, W >= 1.
- kernel: [kh,kw] of 0/1 (any integer or bool dtype), kh and kw odd, anchor at the centre
  (kh // 2, kw // 2); at least one 1.
- out: [H,W], img's dtype:
    out[i,j] = max over (a,b) with kernel[a,b] != 0 of img[i + a - kh//2, j + b - kw//2].
  The kernel is NOT reflected (unlike the textbook dilation and scipy.ndimage.grey_dilation,
  which take img[i - (a - kh//2), j - (b - kw//2)]). Positions outside the image never win:
  they hold the smallest value of the dtype (0 for uint8, -np.finfo(np.float32).max for
  float32), which is also the answer where no kernel position falls inside the image.
"""
import numpy as np


def dilate(img: np.ndarray, kernel: np.ndarray) -> np.ndarray:
    fill = np.iinfo(img.dtype).min if img.dtype.kind in "ui" else -np.finfo(img.dtype).max
    h, w = img.shape
    kh, kw = kernel.shape
    p = np.pad(img, ((kh // 2, kh // 2), (kw // 2, kw // 2)), constant_values=fill)
    out = np.full((h, w), fill, img.dtype)
    for a, b in zip(*np.nonzero(kernel)):
        np.maximum(out, p[a:a + h, b:b + w], out=out)  # one shifted view per kernel position
    return out
