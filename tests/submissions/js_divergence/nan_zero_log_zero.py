# expect: wrong_answer
# a * log(a / m) without the convention 0 * log(0 / m) = 0: NaN wherever p or q has a zero.
# message: got nan
import torch


def js_divergence(p, q):
    m = (p + q) / 2
    return 0.5 * (p * torch.log(p / m)).sum(-1) + 0.5 * (q * torch.log(q / m)).sum(-1)
