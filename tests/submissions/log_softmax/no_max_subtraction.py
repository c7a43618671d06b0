# expect: wrong_answer
# variant: the log-sum-exp without the max subtracted
# x - log(sum(exp(x))) as written: exp(1000) = inf.
# message: inf|nan
import torch


def log_softmax(x, dim=-1):
    return x - torch.log(torch.exp(x).sum(dim=dim, keepdim=True))
