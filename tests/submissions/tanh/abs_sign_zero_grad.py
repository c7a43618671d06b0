# expect: wrong_answer
# variant: sign(x) * tanh(|x|)
# sign(x) * (1 - e) / (1 + e) with e = exp(-2|x|): stable and accurate, but autograd
# differentiates sign and abs as 0 at 0, so tanh'(0) comes out 0 instead of 1.
# message: x.grad.*index \[11\]
import torch


def tanh(x):
    e = torch.exp(-2 * x.abs())
    return torch.sign(x) * (1 - e) / (1 + e)
