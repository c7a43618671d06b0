# expect: forbidden
# F.kl_div for both halves.
import torch.nn.functional as F


def js_divergence(p, q):
    m = ((p + q) / 2).log()
    return 0.5 * F.kl_div(m, p, reduction="none").sum(-1) + 0.5 * F.kl_div(m, q, reduction="none").sum(-1)
