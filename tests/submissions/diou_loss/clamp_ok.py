# expect: accepted
# Written differently: clamp(min=0) for the overlap (the same value; at touching boxes the
# subgradient differs, and the judge accepts any there), centres from half-sums.
import torch


def diou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    lt = torch.max(boxes1[..., :2], boxes2[..., :2])
    rb = torch.min(boxes1[..., 2:], boxes2[..., 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    area1 = (boxes1[..., 2] - boxes1[..., 0]) * (boxes1[..., 3] - boxes1[..., 1])
    area2 = (boxes2[..., 2] - boxes2[..., 0]) * (boxes2[..., 3] - boxes2[..., 1])
    iou = inter / (area1 + area2 - inter + eps)
    enc = torch.max(boxes1[..., 2:], boxes2[..., 2:]) - torch.min(boxes1[..., :2], boxes2[..., :2])
    c2 = (enc ** 2).sum(-1) + eps
    d = (boxes1[..., :2] + boxes1[..., 2:]) / 2 - (boxes2[..., :2] + boxes2[..., 2:]) / 2
    loss = 1 - iou + (d ** 2).sum(-1) / c2
    if reduction == "mean":
        return loss.mean() if loss.numel() else loss.sum() * 0.0
    return loss.sum() if reduction == "sum" else loss
