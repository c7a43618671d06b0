# expect: wrong_answer
# variant: the "+1" pixel convention
# A loop over the classes with py_cpu_nms's "+1" pixel areas and overlaps (old VOC code).
import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    keep = []
    for c in idxs.unique():
        ids = (idxs == c).nonzero().squeeze(1)
        x1, y1, x2, y2 = boxes[ids].unbind(1)
        areas = (x2 - x1 + 1) * (y2 - y1 + 1)
        order = scores[ids].argsort(descending=True)
        while order.numel() > 0:
            i = order[0]
            keep.append(ids[i])
            rest = order[1:]
            w = (torch.minimum(x2[i], x2[rest]) - torch.maximum(x1[i], x1[rest]) + 1).clamp(min=0)
            h = (torch.minimum(y2[i], y2[rest]) - torch.maximum(y1[i], y1[rest]) + 1).clamp(min=0)
            inter = w * h
            ovr = inter / (areas[i] + areas[rest] - inter)
            order = rest[ovr <= iou_threshold]
    if not keep:
        return torch.empty(0, dtype=torch.int64, device=boxes.device)
    keep = torch.stack(keep)
    return keep[scores[keep].argsort(descending=True)]
