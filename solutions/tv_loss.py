"""Reference: total variation of a batch of images.

    tv_loss(x, beta=None) -> 0-d tensor

- x: [N,C,H,W] float32 / float64 (N >= 1, any H, W >= 1), on any device.
- beta=None, anisotropic TV: the sum, over channels and pixels, of the absolute differences
  between vertical neighbours |x[..., i+1, j] - x[..., i, j]| (i < H-1) and between
  horizontal neighbours |x[..., i, j+1] - x[..., i, j]| (j < W-1); divided by N.
- beta given (> 0), the TV^beta regulariser of Mahendran & Vedaldi 2015:
      sum over channels and over i < H-1, j < W-1 (pixels where BOTH differences exist) of
      ((x[i, j+1] - x[i, j])**2 + (x[i+1, j] - x[i, j])**2) ** (beta / 2),
  divided by N. beta=1 is the isotropic TV, beta=2 the sum of squared differences.
- So: summed over C, H, W, averaged over the batch (= the batch mean of TensorFlow's
  tf.image.total_variation when beta is None). Input dtype and device; differentiable.
"""
import torch


def tv_loss(x: torch.Tensor, beta=None) -> torch.Tensor:
    n = x.shape[0]
    if beta is None:
        dh = x[..., 1:, :] - x[..., :-1, :]   # [N,C,H-1,W]: down neighbour minus pixel
        dw = x[..., :, 1:] - x[..., :, :-1]   # [N,C,H,W-1]: right neighbour minus pixel
        return (dh.abs().sum() + dw.abs().sum()) / n
    dw = x[..., :-1, 1:] - x[..., :-1, :-1]   # [N,C,H-1,W-1]
    dh = x[..., 1:, :-1] - x[..., :-1, :-1]   # [N,C,H-1,W-1]
    return ((dw * dw + dh * dh) ** (beta / 2)).sum() / n
