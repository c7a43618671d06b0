# expect: wrong_answer
# All pairs [N, N] (as box_iou) instead of box i with box i.
# message: shape
import torch


def diou_loss(boxes1, boxes2, reduction="none", eps=1e-7):
    a, b = boxes1[:, None, :], boxes2[None, :, :]
    iw = (torch.minimum(a[..., 2], b[..., 2]) - torch.maximum(a[..., 0], b[..., 0])).clamp(min=0)
    ih = (torch.minimum(a[..., 3], b[..., 3]) - torch.maximum(a[..., 1], b[..., 1])).clamp(min=0)
    inter = iw * ih
    union = (a[..., 2] - a[..., 0]) * (a[..., 3] - a[..., 1]) + (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1]) - inter
    c2 = (torch.maximum(a[..., 2], b[..., 2]) - torch.minimum(a[..., 0], b[..., 0])) ** 2 \
        + (torch.maximum(a[..., 3], b[..., 3]) - torch.minimum(a[..., 1], b[..., 1])) ** 2 + eps
    rho2 = ((a[..., 0] + a[..., 2] - b[..., 0] - b[..., 2]) / 2) ** 2 + ((a[..., 1] + a[..., 3] - b[..., 1] - b[..., 3]) / 2) ** 2
    loss = 1 - inter / (union + eps) + rho2 / c2
    return {"none": loss, "mean": loss.mean() if loss.numel() else 0.0 * loss.sum(), "sum": loss.sum()}[reduction]
