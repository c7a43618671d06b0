# expect: time_limit_exceeded
# A Python loop over every pair of boxes.
import torch
def box_iou(boxes1, boxes2):
    out = torch.zeros(len(boxes1), len(boxes2), dtype=boxes1.dtype, device=boxes1.device)
    for i in range(len(boxes1)):
        for j in range(len(boxes2)):
            a, b = boxes1[i].tolist(), boxes2[j].tolist()
            w = max(0.0, min(a[2], b[2]) - max(a[0], b[0])); h = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
            inter = w * h
            out[i, j] = inter / ((a[2]-a[0])*(a[3]-a[1]) + (b[2]-b[0])*(b[3]-b[1]) - inter)
    return out
