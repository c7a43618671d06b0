# expect: wrong_answer
# variant: p as the keep probability
# p read as the keep probability (TF1's keep_prob): keeps with probability p, scales by 1 / p.
# message: keep probability
import torch


def dropout(x, p, training=True):
    if not training:
        return x
    keep = torch.rand_like(x) < p
    return x * keep / p
