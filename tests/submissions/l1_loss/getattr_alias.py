# expect: forbidden
# torch's own l1_loss reached through an alias and getattr.
import torch.nn.functional as Fn


def l1_loss(input, target, reduction="mean"):
    return getattr(Fn, "l1_loss")(input, target, reduction=reduction)
