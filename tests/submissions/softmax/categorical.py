# expect: forbidden
# A Categorical distribution normalises its logits.
import torch


def softmax(x, dim=-1):
    return torch.distributions.Categorical(logits=x.movedim(dim, -1)).probs.movedim(-1, dim)
