"""Reference: greedy non-maximum suppression, as torchvision.ops.nms.

    nms(boxes, scores, iou_threshold) -> keep

- boxes: [N,4] float32 or float64 (x1, y1, x2, y2), x1 < x2, y1 < y2, continuous
  coordinates (no "+1"); scores: [N], the same dtype, all distinct; iou_threshold: float.
- Greedy: take the highest-scoring remaining box, keep it, and discard every remaining box
  whose IoU with it is strictly greater than iou_threshold (IoU == threshold is kept).
  Boxes that were discarded never discard others.
- keep: int64 [K], indices into the input of the kept boxes, sorted by decreasing score,
  on the input's device. N may be 0 (keep is then empty).

The usual interview answer: a loop over the kept boxes, each compared with all the
remaining ones at once (one vector of IoUs per kept box).
"""
import torch


def nms(boxes: torch.Tensor, scores: torch.Tensor, iou_threshold: float) -> torch.Tensor:
    order = torch.argsort(scores, descending=True)  # candidates, best first
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        b = boxes[rest]
        lt = torch.maximum(b[:, :2], boxes[i, :2])
        rb = torch.minimum(b[:, 2:], boxes[i, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (areas[i] + areas[rest] - inter)
        # The IoU is computed in the boxes' dtype and compared with the threshold as a
        # double, as torchvision's kernels do (`ovr > iou_threshold` with a double threshold).
        order = rest[iou.double() <= iou_threshold]
    if not keep:
        return torch.empty(0, dtype=torch.int64, device=boxes.device)
    return torch.stack(keep)
