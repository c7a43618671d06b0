"""Reference: pairwise generalized IoU, as torchvision.ops.generalized_box_iou
(Rezatofighi et al., CVPR 2019).

    generalized_box_iou(boxes1, boxes2) -> giou

- boxes1 [N,4], boxes2 [M,4]: valid xyxy boxes (x1 < x2, y1 < y2), float32/float64,
  continuous coordinates (no "+1").
- giou [N,M], same dtype and device: for each pair, with I the intersection area, U the
  union area and C the area of the smallest axis-aligned box enclosing both,
      GIoU = I / U - (C - U) / C,  in (-1, 1];  1 for identical boxes.
- N or M may be 0: an empty [N,M] tensor.
"""
import torch


def generalized_box_iou(boxes1: torch.Tensor, boxes2: torch.Tensor) -> torch.Tensor:
    area1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    area2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    # intersection: max of the top-lefts, min of the bottom-rights, clamped at 0
    lt = torch.max(boxes1[:, None, :2], boxes2[None, :, :2])  # [N,M,2]
    rb = torch.min(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    union = area1[:, None] + area2[None, :] - inter
    iou = inter / union
    # enclosing box: min of the top-lefts, max of the bottom-rights (never negative)
    lt_c = torch.min(boxes1[:, None, :2], boxes2[None, :, :2])
    rb_c = torch.max(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh_c = rb_c - lt_c
    area_c = wh_c[..., 0] * wh_c[..., 1]
    return iou - (area_c - union) / area_c
