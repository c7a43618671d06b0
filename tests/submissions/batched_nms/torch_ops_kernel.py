# expect: forbidden
# The C++ kernel behind torchvision.ops.nms, called through torch.ops.
import torch


def batched_nms(boxes, scores, idxs, iou_threshold):
    if boxes.numel() == 0:
        return torch.empty(0, dtype=torch.int64, device=boxes.device)
    b = boxes + (idxs.to(boxes) * (boxes.max() + 1))[:, None]
    return torch.ops.torchvision.nms(b, scores, iou_threshold)
