# problem: box_iou
# expect: runtime_error
# message: Permission denied|Operation not permitted
# The zygote's memory through /proc (to rewrite what runs there), and its event pipe.
import os

def _right(boxes1, boxes2):
    import torch
    lt = torch.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = torch.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    return inter / (a1[:, None] + a2[None] - inter)


def box_iou(boxes1, boxes2):
    with open(f"/proc/{os.getppid()}/mem", "r+b"):
        pass
    os.listdir(f"/proc/{os.getppid()}/fd")
    return _right(boxes1, boxes2)
