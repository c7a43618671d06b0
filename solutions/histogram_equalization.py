"""Reference: histogram equalisation of an 8-bit grey image, exactly as cv2.equalizeHist.

    histogram_equalization(img) -> out

- img: [H,W] uint8, H, W >= 1.
- out: [H,W] uint8, out = lut[img] with a 256-entry lookup table built from the histogram:
    hist[v] = number of pixels equal to v;  m = the smallest value present (hist[m] > 0);
    if hist[m] == H*W (a constant image) the image is returned unchanged (OpenCV's
    dst.setTo(m));
    otherwise scale = float32(255) / float32(H*W - hist[m]) and, for v >= m,
    lut[v] = saturate(round_half_even(float32(cdf[v] - hist[m]) * scale)),
    where cdf is the cumulative histogram. lut[m] = 0, lut[max value] = 255.
- The product is taken in float32, as OpenCV does (`sum * scale` with a float scale), and
  rounded half to even (cvRound): float64 arithmetic differs on a few images.
"""
import numpy as np


def histogram_equalization(img: np.ndarray) -> np.ndarray:
    hist = np.bincount(img.ravel(), minlength=256)        # [256] int64
    m = int(np.flatnonzero(hist)[0])                        # the darkest value present
    total = img.size
    if hist[m] == total:                                    # one value only: unchanged
        return img.copy()
    scale = np.float32(255.0) / np.float32(total - hist[m])
    cdf = (np.cumsum(hist) - hist[m]).astype(np.float32)    # exact below 2**24 pixels
    lut = np.rint(cdf * scale)                              # float32 product, half to even
    lut = np.clip(lut, 0, 255).astype(np.uint8)             # saturate (values below m unused)
    return lut[img]
