# expect: time_limit_exceeded
# message: slower than the reference
# Plain Python over pairs of boxes (on lists, the fastest pure-Python form): about
# kept x N IoUs, one at a time.
import torch


def nms(boxes, scores, iou_threshold):
    b = boxes.tolist()
    order = scores.argsort(descending=True).tolist()
    removed = [False] * len(b)
    keep = []
    for pos, i in enumerate(order):
        if removed[i]:
            continue
        keep.append(i)
        x1, y1, x2, y2 = b[i]
        area_i = (x2 - x1) * (y2 - y1)
        for j in order[pos + 1:]:
            if removed[j]:
                continue
            u1, v1, u2, v2 = b[j]
            w = min(x2, u2) - max(x1, u1)
            h = min(y2, v2) - max(y1, v1)
            if w <= 0 or h <= 0:
                continue
            inter = w * h
            if inter / (area_i + (u2 - u1) * (v2 - v1) - inter) > iou_threshold:
                removed[j] = True
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
