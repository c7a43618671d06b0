"""Reference: 2-D median filter with a replicated border.

    median_filter(image, ksize=3) -> out

- image: [H,W], uint8 or float (float32 / float64); H, W >= 1.
- ksize: odd, >= 1 (1 is the identity); it may exceed the image size.
- out: [H,W], same dtype as image. out[i,j] is the median of the ksize x ksize window
  centred on (i,j), pixels outside the image replaced by the nearest border pixel
  (np.pad(mode="edge"), like cv2.medianBlur and scipy.ndimage.median_filter(mode="nearest")).
  The window holds an odd number of values, so the median is one of them: no averaging,
  and the answer is exact in any dtype.
"""
import numpy as np


def median_filter(image: np.ndarray, ksize: int = 3) -> np.ndarray:
    h, w = image.shape
    r = ksize // 2
    p = np.pad(image, r, mode="edge")  # [H+2r, W+2r]
    # The k*k shifted views, stacked on the last axis so each pixel's window is contiguous
    # (np.partition is fastest along a contiguous axis).
    win = np.empty((h, w, ksize * ksize), image.dtype)
    for a in range(ksize):
        for b in range(ksize):
            win[:, :, a * ksize + b] = p[a:a + h, b:b + w]
    mid = ksize * ksize // 2
    return np.ascontiguousarray(np.partition(win, mid, axis=-1)[..., mid])
