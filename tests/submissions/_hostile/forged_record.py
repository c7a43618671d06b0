# problem: box_iou
# expect: runtime_error
# message: unreadable answer
# Finds the worker's result file among its own fds and writes a record of its own: a
# "result" without its fields, then a "timing" whose seconds are a string.
import os
import struct

from cvdrill.judge import channel

def _right(boxes1, boxes2):
    import torch
    lt = torch.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = torch.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    return inter / (a1[:, None] + a2[None] - inter)

for _fd in os.listdir("/proc/self/fd"):
    try:
        _target = os.readlink(f"/proc/self/fd/{_fd}")
    except OSError:
        continue
    if _target.endswith(".result"):
        for _rec in ({"type": "result"}, {"type": "timing", "size": 1, "device": "cpu", "seconds": "fast"}):
            _data = channel.encode(_rec)
            os.write(int(_fd), struct.pack("<Q", len(_data)) + _data)


def box_iou(boxes1, boxes2):
    return _right(boxes1, boxes2)
