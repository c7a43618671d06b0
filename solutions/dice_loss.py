"""Reference: binary soft Dice loss on sigmoid probabilities, one Dice per sample, with
linear sums in the denominator (MONAI's DiceLoss(sigmoid=True, squared_pred=False,
smooth_nr=smooth_dr=smooth) on one channel; not Milletari et al.'s squared sums).

    dice_loss(logits, targets, smooth=1.0, reduction="mean") -> Tensor

- logits, targets: [N, *] of the same shape, float32 or float64 (targets in [0, 1]).
- p = sigmoid(logits); for each sample n, summing over every dim but the batch dim:
      loss[n] = 1 - (2 * sum(p * t) + smooth) / (sum(p) + sum(t) + smooth)
- reduction "none": [N]; "mean": the mean over the batch (nan when N = 0, as torch's mean
  of nothing); "sum": the sum (0 when N = 0). dtype and device of the input; autograd
  flows to logits.
"""
import torch


def dice_loss(logits: torch.Tensor, targets: torch.Tensor, smooth: float = 1.0,
              reduction: str = "mean") -> torch.Tensor:
    p = torch.sigmoid(logits).flatten(1)  # [N, D]; reshape(N, -1) fails when N = 0
    t = targets.to(logits.dtype).flatten(1)
    inter = (p * t).sum(dim=1)
    denom = p.sum(dim=1) + t.sum(dim=1)
    loss = 1.0 - (2.0 * inter + smooth) / (denom + smooth)  # [N]
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    if reduction == "mean":
        return loss.mean()
    raise ValueError(f"unknown reduction {reduction!r}")
