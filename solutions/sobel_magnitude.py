"""Reference: gradient magnitude and direction from the 3x3 Sobel derivatives.

    sobel_magnitude(image) -> (magnitude, direction)

- image: [H,W], uint8 / float32 / float64; any H, W >= 1.
- gx, gy exactly as the `sobel` problem: cross-correlation (not convolution) with
      kx = [[-1, 0, 1], [-2, 0, 2], [-1, 0, 1]],  ky = kx.T,
  zero padding outside the image, computed in float64 (gx > 0 where intensity rises to
  the right, gy > 0 where it rises downward).
- magnitude = sqrt(gx**2 + gy**2): [H,W] float64, >= 0.
- direction = arctan2(gy, gx) in radians, in [-pi, pi]: [H,W] float64. Where gx = gy = 0
  it is arctan2(0, 0) = 0 (numpy's value; no nan).
"""
import numpy as np


def sobel_magnitude(image: np.ndarray):
    f = np.asarray(image, dtype=np.float64)
    p = np.pad(f, 1)  # zero padding: [H+2, W+2]
    # separable Sobel: [1,2,1] smoothing across, [-1,0,1] difference along
    dx = p[:, 2:] - p[:, :-2]                     # [H+2, W]: right minus left
    gx = dx[:-2] + 2.0 * dx[1:-1] + dx[2:]        # [H, W]
    dy = p[2:] - p[:-2]                           # [H, W+2]: below minus above
    gy = dy[:, :-2] + 2.0 * dy[:, 1:-1] + dy[:, 2:]
    magnitude = np.sqrt(gx * gx + gy * gy)
    direction = np.arctan2(gy, gx)
    return magnitude, direction
