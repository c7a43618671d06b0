"""Reference: 3x3 Sobel derivatives of a 2-D image.

    sobel(image) -> (gx, gy)

- image: [H,W], uint8 / float32 / float64; any H, W >= 1.
- gx, gy: [H,W] float64. Cross-correlation (not convolution) with
      kx = [[-1, 0, 1],        ky = kx.T = [[-1, -2, -1],
            [-2, 0, 2],                     [ 0,  0,  0],
            [-1, 0, 1]]                     [ 1,  2,  1]]
  and zero padding outside the image: gx[i,j] = sum_{a,b} kx[a,b] * img[i+a-1, j+b-1].
  gx is positive where intensity rises to the right (+x, columns), gy where it rises
  downward (+y, rows).
- Computed in float64 from the start: uint8 arithmetic would wrap (responses reach +-1020).
"""
import numpy as np


def sobel(image: np.ndarray):
    f = np.asarray(image, dtype=np.float64)
    h, w = f.shape
    p = np.pad(f, 1)  # zero padding: [H+2, W+2]
    # The kernels are separable: kx = [1,2,1]^T (smooth down the rows) x [-1,0,1] (difference
    # along the columns), ky the other way round.
    dx = p[:, 2:] - p[:, :-2]                     # [H+2, W]: right neighbour minus left
    gx = dx[:-2] + 2.0 * dx[1:-1] + dx[2:]        # [H, W]
    dy = p[2:] - p[:-2]                           # [H, W+2]: lower neighbour minus upper
    gy = dy[:, :-2] + 2.0 * dy[:, 1:-1] + dy[:, 2:]
    return gx, gy
