# expect: accepted
# The classic py_cpu_nms, in torch, without the "+1": one vector of IoUs per kept box.
import torch


def nms(boxes, scores, iou_threshold):
    x1, y1, x2, y2 = boxes[:, 0], boxes[:, 1], boxes[:, 2], boxes[:, 3]
    areas = (x2 - x1) * (y2 - y1)
    order = scores.argsort(descending=True)
    keep = []
    while order.numel() > 0:
        i = order[0].item()
        keep.append(i)
        if order.numel() == 1:
            break
        xx1 = torch.clamp(x1[order[1:]], min=x1[i].item())
        yy1 = torch.clamp(y1[order[1:]], min=y1[i].item())
        xx2 = torch.clamp(x2[order[1:]], max=x2[i].item())
        yy2 = torch.clamp(y2[order[1:]], max=y2[i].item())
        inter = (xx2 - xx1).clamp(min=0) * (yy2 - yy1).clamp(min=0)
        ovr = inter / (areas[i] + areas[order[1:]] - inter)
        idx = (ovr <= iou_threshold).nonzero().squeeze(1)
        order = order[idx + 1]
    return torch.tensor(keep, dtype=torch.int64, device=boxes.device)
