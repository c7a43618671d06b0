# expect: wrong_answer
# variant: the kept boxes listed class by class
# message: values differ
# A loop over the classes that concatenates each class's kept boxes: the answer comes
# out class by class instead of by decreasing score across classes.
import torch


def nms(boxes, scores, thr):
    x1, y1, x2, y2 = boxes.unbind(1)
    areas = (x2 - x1) * (y2 - y1)
    order = scores.argsort(descending=True)
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(i)
        rest = order[1:]
        w = (torch.minimum(x2[rest], x2[i]) - torch.maximum(x1[rest], x1[i])).clamp(min=0)
        h = (torch.minimum(y2[rest], y2[i]) - torch.maximum(y1[rest], y1[i])).clamp(min=0)
        inter = w * h
        order = rest[inter / (areas[i] + areas[rest] - inter) <= thr]
    return torch.stack(keep)


def batched_nms(boxes, scores, idxs, iou_threshold):
    keep = [torch.empty(0, dtype=torch.int64, device=boxes.device)]
    for c in idxs.unique():
        m = torch.where(idxs == c)[0]
        keep.append(m[nms(boxes[m], scores[m], iou_threshold)])
    return torch.cat(keep)
