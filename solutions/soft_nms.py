"""Reference: Soft-NMS (Bodla, Singh, Chellappa, Davis, ICCV 2017), with the paper's rules.

    soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001,
             method="gaussian") -> (keep, new_scores)

- boxes: [N,4] float32 or float64 (x1, y1, x2, y2), x1 < x2, y1 < y2, continuous
  coordinates (no "+1"); scores: [N], the same dtype, all distinct.
- Repeat: select the remaining box M with the highest current score (the lowest index on
  a tie), record it with its current score, remove it; then rescore every other remaining
  box b, with i = IoU(M, b):
    "linear":   s_b *= (1 - i)          if i >= iou_threshold (else unchanged)
    "gaussian": s_b *= exp(-i*i / sigma)  for every remaining box (no threshold)
  A box whose current score is below score_threshold (strictly: a score equal to it stays),
  from the start or after a rescoring, is dropped and never selected.
- keep: int64 [K], indices into the input in selection order; new_scores: [K], the scores'
  dtype, each kept box's score at the moment it was selected. Both on the input's device.
  N may be 0.

One IoU matrix up front, then one vector operation per selected box.
"""
import math

import torch


def _box_iou(a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    lt = torch.maximum(a[:, None, :2], b[None, :, :2])
    rb = torch.minimum(a[:, None, 2:], b[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (area_a[:, None] + area_b[None, :] - inter)


def soft_nms(boxes: torch.Tensor, scores: torch.Tensor, iou_threshold: float = 0.3, sigma: float = 0.5,
             score_threshold: float = 0.001, method: str = "gaussian"):
    if method not in ("linear", "gaussian"):
        raise ValueError(f"method must be 'linear' or 'gaussian', not {method!r}")
    iou = _box_iou(boxes, boxes)
    # decay[m, b]: the factor box b's score is multiplied by when box m is selected
    if method == "linear":
        decay = torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
    else:
        decay = torch.exp(-(iou * iou) / sigma)
    s = scores.clone()
    alive = s >= score_threshold  # neither selected nor dropped yet
    minus_inf = torch.full_like(s, -math.inf)
    keep, picked = [], []
    for _ in range(len(s)):
        m = int(torch.argmax(torch.where(alive, s, minus_inf)))  # argmax: the first maximum
        if not alive[m]:
            break  # nothing left
        keep.append(m)
        picked.append(s[m])
        alive[m] = False
        s = s * decay[m]  # (the selected and dropped boxes' scores are no longer read)
        alive &= s >= score_threshold
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(picked) if picked else scores.new_empty(0)
