# expect: wrong_answer
# The log-sum-exp over the whole tensor instead of along dim.
# message: output
import torch


def log_softmax(x, dim=-1):
    s = x - x.amax(dim=dim, keepdim=True)
    return s - torch.log(torch.exp(s).sum())
