# problem: box_iou
# expect: runtime_error
# message: signal refused
# SIGSTOP to the zygote through libc (past the audit hook): it would hang the judge.
import ctypes
import os
import signal

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
    for target in (os.getppid(), 0, -os.getppid()):
        if _libc.kill(target, signal.SIGSTOP) == 0:
            return _right(boxes1, boxes2)
    raise OSError(ctypes.get_errno(), "signal refused")
