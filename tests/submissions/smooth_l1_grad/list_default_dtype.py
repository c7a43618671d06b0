# expect: wrong_answer
# A Python loop building a new tensor with torch.tensor(list): the default dtype is float32,
# so float64 inputs come back as float32 (and on the CPU whatever the input's device).
# message: dtype|device
import torch


def smooth_l1_grad(x, beta=1.0):
    out = []
    for v in x.flatten().tolist():
        if abs(v) < beta:
            out.append(v / beta)
        else:
            out.append((v > 0) - (v < 0))
    return torch.tensor(out, dtype=torch.float32).reshape(x.shape)
