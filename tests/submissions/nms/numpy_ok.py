# expect: accepted
# The loop in numpy on a CPU copy; the answer goes back to the input's device as int64.
import numpy as np
import torch


def nms(boxes, scores, iou_threshold):
    b = boxes.cpu().numpy()
    x1, y1, x2, y2 = b[:, 0], b[:, 1], b[:, 2], b[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = np.argsort(-scores.cpu().numpy(), kind="stable")
    keep = []
    while order.size > 0:
        i = order[0]
        keep.append(i)
        w = np.maximum(0.0, np.minimum(x2[i], x2[order[1:]]) - np.maximum(x1[i], x1[order[1:]]))
        h = np.maximum(0.0, np.minimum(y2[i], y2[order[1:]]) - np.maximum(y1[i], y1[order[1:]]))
        inter = w * h
        iou = inter / (areas[i] + areas[order[1:]] - inter)
        order = order[1:][iou <= iou_threshold]
    return torch.as_tensor(np.array(keep, dtype=np.int64), device=boxes.device)
