"""Reference: the Complete-IoU loss (Zheng et al., AAAI 2020, eqs. 8-11), exactly as
torchvision.ops.complete_box_iou_loss (torchvision 0.29).

    ciou_loss(boxes1, boxes2, reduction="none", eps=1e-7)

- boxes1, boxes2: [N, 4] (or [4]) float32/float64 xyxy boxes with x1 < x2, y1 < y2,
  paired row by row, same shape, dtype and device.
- Per pair: the DIoU loss 1 - iou + rho2 / c2 computed with eps = 1e-7 ALWAYS (torchvision
  calls its DIoU helper without passing eps on), then
      v = 4 / pi^2 * (atan(w2 / h2) - atan(w1 / h1))^2,
      alpha = v / (1 - iou + v + eps)      (this eps is the argument),
      loss = diou + alpha * v,
  where alpha is a constant for autograd (computed under torch.no_grad(), as in the paper's
  gradient and in torchvision); the gradient flows through v, iou and the distance term.
- reduction "none" ([N], or 0-d for [4] boxes), "sum", "mean" (0., not nan, when N = 0).
"""
import math

import torch

DIOU_EPS = 1e-7  # torchvision's _diou_iou_loss default: the eps argument does not reach it


def ciou_loss(boxes1: torch.Tensor, boxes2: torch.Tensor, reduction: str = "none", eps: float = 1e-7) -> torch.Tensor:
    x1, y1, x2, y2 = boxes1.unbind(-1)
    x1g, y1g, x2g, y2g = boxes2.unbind(-1)
    iw = torch.minimum(x2, x2g) - torch.maximum(x1, x1g)
    ih = torch.minimum(y2, y2g) - torch.maximum(y1, y1g)
    inter = torch.where((iw > 0) & (ih > 0), iw * ih, torch.zeros_like(iw))
    w1, h1, w2, h2 = x2 - x1, y2 - y1, x2g - x1g, y2g - y1g
    union = w1 * h1 + w2 * h2 - inter
    iou = inter / (union + DIOU_EPS)
    cw = torch.maximum(x2, x2g) - torch.minimum(x1, x1g)
    ch = torch.maximum(y2, y2g) - torch.minimum(y1, y1g)
    rho2 = ((x1 + x2) / 2 - (x1g + x2g) / 2) ** 2 + ((y1 + y2) / 2 - (y1g + y2g) / 2) ** 2
    diou = 1 - iou + rho2 / (cw ** 2 + ch ** 2 + DIOU_EPS)
    v = (4 / math.pi ** 2) * (torch.atan(w2 / h2) - torch.atan(w1 / h1)) ** 2
    with torch.no_grad():
        alpha = v / (1 - iou + v + eps)
    loss = diou + alpha * v
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean() if loss.numel() > 0 else 0.0 * loss.sum()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"Invalid Value for arg 'reduction': '{reduction}'")
