# expect: wrong_answer
# message: returned a list, expected a torch tensor
# Returns a Python list of indices instead of an int64 tensor.
import torch


def nms(boxes, scores, iou_threshold):
    areas = (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
    order = scores.argsort(descending=True)
    keep = []
    while order.numel() > 0:
        i = order[0]
        keep.append(int(i))
        rest = order[1:]
        lt = torch.maximum(boxes[rest, :2], boxes[i, :2])
        rb = torch.minimum(boxes[rest, 2:], boxes[i, 2:])
        wh = (rb - lt).clamp(min=0)
        inter = wh[:, 0] * wh[:, 1]
        iou = inter / (areas[i] + areas[rest] - inter)
        order = rest[iou <= iou_threshold]
    return keep
