# expect: wrong_answer
# variant: eps added to the union and the enclosing area
# A guard against division by zero as detector code writes it (yolov5's bbox_iou uses eps=1e-7):
# identical boxes come out 0.99999997, and every value moves by about eps / area.
import torch


def generalized_box_iou(boxes1, boxes2, eps=1e-7):
    b1, b2 = boxes1[:, None, :], boxes2[None, :, :]
    w1, h1 = b1[..., 2] - b1[..., 0], b1[..., 3] - b1[..., 1]
    w2, h2 = b2[..., 2] - b2[..., 0], b2[..., 3] - b2[..., 1]
    iw = (torch.minimum(b1[..., 2], b2[..., 2]) - torch.maximum(b1[..., 0], b2[..., 0])).clamp(min=0)
    ih = (torch.minimum(b1[..., 3], b2[..., 3]) - torch.maximum(b1[..., 1], b2[..., 1])).clamp(min=0)
    inter = iw * ih
    union = w1 * h1 + w2 * h2 - inter + eps
    cw = torch.maximum(b1[..., 2], b2[..., 2]) - torch.minimum(b1[..., 0], b2[..., 0])
    ch = torch.maximum(b1[..., 3], b2[..., 3]) - torch.minimum(b1[..., 1], b2[..., 1])
    c_area = cw * ch + eps
    return inter / union - (c_area - union) / c_area
