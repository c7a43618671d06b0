# problem: box_iou
# expect: runtime_error
# message: write refused
# The user's progress database and the installed package: append to both through libc.
import ctypes
import os
from pathlib import Path

import cvdrill
from cvdrill import paths

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
    for target in (paths.home() / "progress.db", Path(cvdrill.__file__).parent / "judge" / "spec.py",
                   Path(__file__)):
        fd = _libc.open(str(target).encode(), os.O_WRONLY | os.O_APPEND)
        if fd >= 0:
            os.close(fd)
            return _right(boxes1, boxes2)
    raise OSError(ctypes.get_errno(), "write refused")
