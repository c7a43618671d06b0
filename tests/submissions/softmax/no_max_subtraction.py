# expect: wrong_answer
# exp(x) / sum(exp(x)) as written: exp(1000) = inf, inf / inf = nan.
# message: nan
import torch


def softmax(x, dim=-1):
    e = torch.exp(x)
    return e / e.sum(dim=dim, keepdim=True)
