# expect: wrong_answer
# message: current score
# Sorts once by the original scores and rescores in that order: a box whose score fell
# below another one's is still selected first. Each step must take the highest CURRENT score.
import torch


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    order = scores.argsort(descending=True)
    area = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    s = scores.clone()
    keep, kept_scores = [], []
    for k in range(len(order)):
        m = order[k]
        if s[m] < score_threshold:
            continue
        keep.append(int(m))
        kept_scores.append(s[m].clone())
        rest = order[k + 1:]
        lt = torch.maximum(boxes[rest, :2], boxes[m, :2])
        rb = torch.minimum(boxes[rest, 2:], boxes[m, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (area[m] + area[rest] - inter)
        if method == "linear":
            s[rest] *= torch.where(iou >= iou_threshold, 1 - iou, torch.ones_like(iou))
        else:
            s[rest] *= torch.exp(-(iou * iou) / sigma)
    keep = torch.tensor(keep, dtype=torch.int64, device=boxes.device)
    return keep, torch.stack(kept_scores) if kept_scores else scores.new_empty(0)
