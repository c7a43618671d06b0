# expect: wrong_answer
# variant: a row swap through numpy views
# The seed's numpy port: rows swapped with a tuple assignment, `d[i], d[j] = d[j], d[i]`.
# Numpy rows are views, so row i is overwritten and row j keeps its data: one box appears
# twice and another one is lost.
import numpy as np
import torch


def _iou(box, boxes):
    w = np.maximum(0.0, np.minimum(box[2], boxes[:, 2]) - np.maximum(box[0], boxes[:, 0]))
    h = np.maximum(0.0, np.minimum(box[3], boxes[:, 3]) - np.maximum(box[1], boxes[:, 1]))
    inter = w * h
    return inter / ((box[2] - box[0]) * (box[3] - box[1]) + (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1]) - inter)


def soft_nms(boxes, scores, iou_threshold=0.3, sigma=0.5, score_threshold=0.001, method="gaussian"):
    n = len(boxes)
    # rows: x1, y1, x2, y2, score, original index
    d = np.hstack([boxes.cpu().numpy().astype(np.float64), scores.cpu().numpy().astype(np.float64)[:, None],
                   np.arange(n, dtype=np.float64)[:, None]])
    keep, kept = [], []
    i = 0
    while i < len(d):
        maxpos = i + int(np.argmax(d[i:, 4]))
        d[i], d[maxpos] = d[maxpos], d[i]
        if d[i, 4] < score_threshold:
            break
        keep.append(int(d[i, 5]))
        kept.append(d[i, 4])
        ious = _iou(d[i, :4], d[i + 1:, :4])
        if method == "linear":
            d[i + 1:, 4] *= np.where(ious >= iou_threshold, 1 - ious, 1.0)
        else:
            d[i + 1:, 4] *= np.exp(-(ious ** 2) / sigma)
        i += 1
    return (torch.tensor(keep, dtype=torch.int64, device=boxes.device),
            torch.tensor(kept, dtype=scores.dtype, device=boxes.device))
