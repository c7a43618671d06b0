# expect: accepted
# The row-swapping loop of the popular soft_nms_pytorch: position i takes the highest remaining
# score by swapping rows of the box, score and index tensors, then rescores rows i+1.. at once.
import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    n = boxes.shape[0]
    b = boxes.clone()
    s = scores.clone()
    idx = torch.arange(n, device=boxes.device)
    areas = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    keep, kept = [], []
    for i in range(n):
        if i < n - 1:
            rest = s[i:]
            best = rest.max()
            # the lowest index among the best (ties go to the lower original index)
            j = i + int(torch.nonzero(rest == best)[idx[i:][rest == best].argmin()])
            if j != i:
                for t in (b, s, idx, areas):
                    t[[i, j]] = t[[j, i]]
        if s[i] < score_threshold:
            break
        keep.append(int(idx[i]))
        kept.append(s[i].clone())
        if i == n - 1:
            break
        x1 = torch.maximum(b[i, 0], b[i + 1:, 0])
        y1 = torch.maximum(b[i, 1], b[i + 1:, 1])
        x2 = torch.minimum(b[i, 2], b[i + 1:, 2])
        y2 = torch.minimum(b[i, 3], b[i + 1:, 3])
        inter = (x2 - x1).clamp(min=0) * (y2 - y1).clamp(min=0)
        iou = inter / (areas[i] + areas[i + 1:] - inter)
        if method == "linear":
            w = torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            w = torch.exp(-(iou * iou) / sigma)
        s[i + 1:] = s[i + 1:] * w
    keep_t = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    kept_t = torch.stack(kept) if kept else scores.new_empty(0)
    return keep_t, kept_t
