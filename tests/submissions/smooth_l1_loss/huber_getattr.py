# expect: forbidden
# Huber loss reached through getattr: huber(delta=beta) / beta is smooth-L1 for beta > 0.
import torch
import torch.nn.functional as nnf


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    if beta == 0:
        loss = (input - target).abs()
        return loss if reduction == "none" else getattr(loss, reduction)()
    return getattr(nnf, "huber_loss")(input, target, reduction=reduction, delta=beta) / beta
