# expect: wrong_answer
# variant: the "+1" pixel convention
# The paper's rules, but with the "+1" pixel areas and overlaps of old VOC-style IoU code.
import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    x1, y1, x2, y2 = boxes.unbind(1)
    areas = (x2 - x1 + 1) * (y2 - y1 + 1)
    s = scores.clone()
    alive = s >= score_threshold
    keep, kept = [], []
    while alive.any():
        cur = torch.where(alive, s, torch.full_like(s, float("-inf")))
        m = int(cur.argmax())
        keep.append(m)
        kept.append(s[m])
        alive[m] = False
        w = (torch.minimum(x2, x2[m]) - torch.maximum(x1, x1[m]) + 1).clamp(min=0)
        h = (torch.minimum(y2, y2[m]) - torch.maximum(y1, y1[m]) + 1).clamp(min=0)
        inter = w * h
        ovr = inter / (areas[m] + areas - inter)
        if method == "linear":
            s = s * torch.where(ovr >= iou_threshold, 1 - ovr, torch.ones_like(ovr))
        else:
            s = s * torch.exp(-ovr ** 2 / sigma)
        alive &= s >= score_threshold
    if not keep:
        return torch.empty(0, dtype=torch.int64, device=boxes.device), scores.new_empty(0)
    return torch.tensor(keep, device=boxes.device), torch.stack(kept)
