# expect: forbidden
# torch.distributions' registered KL between two Categoricals.
import torch
from torch.distributions import Categorical, kl_divergence as kl


def kl_divergence(p, q):
    return kl(Categorical(probs=p), Categorical(probs=q))
