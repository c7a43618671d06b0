# expect: time_limit_exceeded
# message: slower than the reference
# A Python loop over pairs of boxes that indexes the tensors one element at a time:
# every IoU is a dozen tiny tensor operations.
import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    s = scores.clone()
    remaining = [i for i in range(len(boxes)) if s[i] >= score_threshold]
    keep, kept = [], []
    while remaining:
        m = max(remaining, key=lambda i: s[i].item())
        remaining.remove(m)
        keep.append(m)
        kept.append(s[m].clone())
        survivors = []
        for j in remaining:
            w = torch.clamp(torch.min(boxes[m, 2], boxes[j, 2]) - torch.max(boxes[m, 0], boxes[j, 0]), min=0)
            h = torch.clamp(torch.min(boxes[m, 3], boxes[j, 3]) - torch.max(boxes[m, 1], boxes[j, 1]), min=0)
            inter = w * h
            union = (boxes[m, 2] - boxes[m, 0]) * (boxes[m, 3] - boxes[m, 1]) + (boxes[j, 2] - boxes[j, 0]) * (boxes[j, 3] - boxes[j, 1]) - inter
            iou = inter / union
            if method == "linear":
                if iou >= iou_threshold:
                    s[j] = s[j] * (1 - iou)
            else:
                s[j] = s[j] * torch.exp(-iou * iou / sigma)
            if s[j] >= score_threshold:
                survivors.append(j)
        remaining = survivors
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(kept) if kept else scores.new_empty(0)
