# expect: accepted
# Written differently: alpha from detached tensors, v from atan(h / w) (the difference only
# changes sign, and v squares it), eps of the DIoU part spelled out.
import math

import torch


def ciou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    x1, y1, x2, y2 = boxes1.unbind(-1)
    u1, v1, u2, v2 = boxes2.unbind(-1)
    iw = torch.min(x2, u2) - torch.max(x1, u1)
    ih = torch.min(y2, v2) - torch.max(y1, v1)
    inter = torch.where((iw > 0) & (ih > 0), iw * ih, iw * 0)
    union = (x2 - x1) * (y2 - y1) + (u2 - u1) * (v2 - v1) - inter
    iou = inter / (union + 1e-7)
    c2 = (torch.max(x2, u2) - torch.min(x1, u1)) ** 2 + (torch.max(y2, v2) - torch.min(y1, v1)) ** 2 + 1e-7
    rho2 = ((x1 + x2 - u1 - u2) / 2) ** 2 + ((y1 + y2 - v1 - v2) / 2) ** 2
    v = 4 / math.pi ** 2 * (torch.atan((v2 - v1) / (u2 - u1)) - torch.atan((y2 - y1) / (x2 - x1))) ** 2
    alpha = v.detach() / (1 - iou.detach() + v.detach() + eps)
    loss = 1 - iou + rho2 / c2 + alpha * v
    if reduction == "mean":
        return loss.mean() if loss.numel() else 0.0 * loss.sum()
    return loss.sum() if reduction == "sum" else loss
