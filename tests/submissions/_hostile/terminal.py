# problem: box_iou
# expect: runtime_error
# message: Permission denied|No such device|ENXIO|Errno 6
# Reads the terminal (stdin, /dev/pts/N, then /dev/tty): keystrokes to steal, or a stopped process group.
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
    if os.read(0, 1):
        raise AssertionError("stdin is not /dev/null")
    import glob

    for pts in glob.glob("/dev/pts/[0-9]*"):  # the user's terminal by its device name
        try:
            open(pts, "rb").close()
        except OSError:
            continue
        return _right(boxes1, boxes2)
    with open("/dev/tty", "rb") as tty:
        tty.read(1)
    return _right(boxes1, boxes2)
