"""Reference: class-aware NMS, as torchvision.ops.batched_nms.

    batched_nms(boxes, scores, idxs, iou_threshold) -> keep

- boxes: [N,4] float32/float64 (x1, y1, x2, y2), 0 <= x1 < x2, 0 <= y1 < y2, continuous
  coordinates (no "+1"); scores: [N] same dtype, all distinct; idxs: [N] int64 class ids >= 0.
- NMS runs independently per class id: a box is only ever suppressed by a higher-scoring
  box of the SAME class whose IoU with it is strictly greater than iou_threshold
  (IoU == threshold keeps it). Boxes of different classes never suppress each other.
- keep: int64 [K] indices into the input of the kept boxes, on the input's device, sorted
  by decreasing score over all classes together (not class by class).

Written as a loop over the classes (the other honest answer is torchvision's coordinate
trick: shift every class by idxs * (boxes.max() + 1) and run one plain NMS).
"""
import torch


def _nms(boxes: torch.Tensor, scores: torch.Tensor, iou_threshold: float) -> torch.Tensor:
    """Plain greedy NMS; indices into `boxes`, by decreasing score."""
    order = torch.argsort(scores, descending=True)
    b = boxes[order]
    area = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep = []
    while order.numel() > 0:
        keep.append(order[:1])  # the best remaining box is kept
        lt = torch.maximum(b[1:, :2], b[0, :2])
        rb = torch.minimum(b[1:, 2:], b[0, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (area[0] + area[1:] - inter)
        stay = iou <= iou_threshold  # strictly greater suppresses
        order, b, area = order[1:][stay], b[1:][stay], area[1:][stay]
    return torch.cat(keep) if keep else order


def batched_nms(boxes: torch.Tensor, scores: torch.Tensor, idxs: torch.Tensor,
                iou_threshold: float) -> torch.Tensor:
    keep = [torch.empty(0, dtype=torch.int64, device=boxes.device)]
    for c in torch.unique(idxs):
        members = torch.nonzero(idxs == c).flatten()
        keep.append(members[_nms(boxes[members], scores[members], iou_threshold)])
    keep = torch.cat(keep)
    # one global order: decreasing score across every class
    return keep[torch.argsort(scores[keep], descending=True)]
