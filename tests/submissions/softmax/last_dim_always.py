# expect: wrong_answer
# variant: dim ignored (always the last)
# dim ignored: always the last dimension.
# message: dim=0
import torch


def softmax(x, dim=-1):
    e = torch.exp(x - x.amax(dim=-1, keepdim=True))
    return e / e.sum(dim=-1, keepdim=True)
