# expect: wrong_answer
# message: dtype torch.float32, expected torch.float64
# Rebuilds the result with torch.tensor(list of lists): the default dtype float32, not the input's.
import torch


def box_convert(boxes, in_fmt, out_fmt):
    out = []
    for a, b, c, d in boxes.tolist():
        if in_fmt == "xywh":
            a, b, c, d = a, b, a + c, b + d
        elif in_fmt == "cxcywh":
            a, b, c, d = a - c / 2, b - d / 2, a + c / 2, b + d / 2
        if out_fmt == "xywh":
            a, b, c, d = a, b, c - a, d - b
        elif out_fmt == "cxcywh":
            a, b, c, d = (a + c) / 2, (b + d) / 2, c - a, d - b
        out.append([a, b, c, d])
    return torch.tensor(out).reshape(-1, 4)
