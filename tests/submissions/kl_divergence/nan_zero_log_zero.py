# expect: wrong_answer
# variant: 0 * log(0) left as nan
# p * log(p / q) summed without the convention 0 * log(0 / q) = 0: NaN wherever p has a zero.
# message: got nan
import torch


def kl_divergence(p, q):
    return (p * torch.log(p / q)).sum(-1)
