# expect: wrong_answer
# variant: log(softmax(x))
# log(softmax(x)) with a stable softmax: an entry 1000 below the max has softmax 0, log 0 = -inf.
# message: expected -1000, got -inf
import torch


def log_softmax(x, dim=-1):
    e = torch.exp(x - x.amax(dim=dim, keepdim=True))
    return torch.log(e / e.sum(dim=dim, keepdim=True))
