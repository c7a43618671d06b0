# expect: accepted
# Correct: compacts the remaining boxes after each step (the tensors shrink as boxes are
# selected or dropped), one vector of IoUs per selected box.
import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    idx = torch.arange(len(boxes), device=boxes.device)
    s = scores.clone()
    live = s >= score_threshold
    b, s, idx = boxes[live], s[live], idx[live]
    keep, kept = [], []
    while s.numel() > 0:
        m = torch.argmax(s)
        keep.append(idx[m])
        kept.append(s[m])
        top = b[m]
        rest = torch.ones_like(s, dtype=torch.bool)
        rest[m] = False
        b, s, idx = b[rest], s[rest], idx[rest]
        lt = torch.maximum(b[:, :2], top[:2])
        rb = torch.minimum(b[:, 2:], top[2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / ((top[2] - top[0]) * (top[3] - top[1]) + (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1]) - inter)
        if method == "linear":
            s = s * torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            s = s * torch.exp(-iou ** 2 / sigma)
        live = s >= score_threshold
        b, s, idx = b[live], s[live], idx[live]
    if not keep:
        return torch.empty(0, dtype=torch.int64, device=boxes.device), scores.new_empty(0)
    return torch.stack(keep), torch.stack(kept)
