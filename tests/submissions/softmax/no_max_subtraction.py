# expect: wrong_answer
# variant: exp(x) without the max subtracted
# exp(x) / sum(exp(x)) as written: exp(1000) = inf, inf / inf = nan.
# message: nan
import torch


def softmax(x, dim=-1):
    e = torch.exp(x)
    return e / e.sum(dim=dim, keepdim=True)
