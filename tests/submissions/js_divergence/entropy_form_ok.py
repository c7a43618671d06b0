# expect: accepted
# Correct: JS = H(m) - (H(p) + H(q)) / 2 with Shannon entropies (the same quantity).
import torch


def _h(a):
    return -torch.xlogy(a, a).sum(-1)


def js_divergence(p, q):
    return _h((p + q) / 2) - 0.5 * (_h(p) + _h(q))
