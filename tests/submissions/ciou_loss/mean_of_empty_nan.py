# expect: wrong_answer
# variant: loss.mean() on an empty batch
# message: N = 0
# Right everywhere except reduction="mean" on N = 0: loss.mean() of nothing is nan.
import math

import torch


def ciou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    b1x1, b1y1, b1x2, b1y2 = boxes1.unbind(-1)
    b2x1, b2y1, b2x2, b2y2 = boxes2.unbind(-1)
    w1, h1 = b1x2 - b1x1, b1y2 - b1y1
    w2, h2 = b2x2 - b2x1, b2y2 - b2y1
    iw = torch.min(b1x2, b2x2) - torch.max(b1x1, b2x1)
    ih = torch.min(b1y2, b2y2) - torch.max(b1y1, b2y1)
    inter = torch.where((iw > 0) & (ih > 0), iw * ih, torch.zeros_like(iw))
    iou = inter / (w1 * h1 + w2 * h2 - inter + 1e-7)
    c2 = (torch.max(b1x2, b2x2) - torch.min(b1x1, b2x1)) ** 2 + (torch.max(b1y2, b2y2) - torch.min(b1y1, b2y1)) ** 2
    rho2 = ((b2x1 + b2x2 - b1x1 - b1x2) ** 2 + (b2y1 + b2y2 - b1y1 - b1y2) ** 2) / 4
    v = (4 / math.pi ** 2) * torch.pow(torch.atan(w2 / h2) - torch.atan(w1 / h1), 2)
    with torch.no_grad():
        alpha = v / (v - iou + (1 + eps))
    loss = 1 - iou + rho2 / (c2 + 1e-7) + alpha * v
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss
