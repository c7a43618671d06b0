# expect: accepted
# A lean per-pair loop over Python lists (the fastest pure-Python form): each step finds the
# highest current score, then rescores the remaining boxes one at a time. 4-6x the reference:
# within the 15x limit, which only fails a loop of tensor calls per pair.
import math

import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    b = boxes.tolist()
    s = scores.tolist()
    alive = list(range(len(b)))
    keep, kept = [], []
    while alive:
        m = max(alive, key=lambda k: (s[k], -k))
        if s[m] < score_threshold:
            break
        keep.append(m)
        kept.append(s[m])
        alive.remove(m)
        x1, y1, x2, y2 = b[m]
        area_m = (x2 - x1) * (y2 - y1)
        rest = []
        for j in alive:
            u1, v1, u2, v2 = b[j]
            w = min(x2, u2) - max(x1, u1)
            h = min(y2, v2) - max(y1, v1)
            iou = 0.0
            if w > 0 and h > 0:
                inter = w * h
                iou = inter / (area_m + (u2 - u1) * (v2 - v1) - inter)
            if method == "linear":
                if iou >= iou_threshold:
                    s[j] *= 1 - iou
            else:
                s[j] *= math.exp(-iou * iou / sigma)
            if s[j] >= score_threshold:
                rest.append(j)
        alive = rest
    return (torch.tensor(keep, dtype=torch.int64, device=boxes.device),
            torch.tensor(kept, dtype=scores.dtype, device=boxes.device))
