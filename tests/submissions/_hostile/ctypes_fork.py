# problem: box_iou
# expect: runtime_error
# message: fork refused
# fork() through libc, past the audit hook: a grandchild that would outlive the grade.
import ctypes
import time

_libc = ctypes.CDLL(None, use_errno=True)

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
    pid = _libc.fork()
    if pid == 0:
        time.sleep(3600)
    if pid < 0:
        raise OSError(ctypes.get_errno(), "fork refused")
    return _right(boxes1, boxes2)
