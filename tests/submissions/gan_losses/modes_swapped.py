# expect: wrong_answer
# variant: the two generator losses swapped
# The two generator losses swapped.
# message: that is the
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    if mode == "non_saturating":
        return d_loss, -F.softplus(d_fake_logits).mean()
    return d_loss, F.softplus(-d_fake_logits).mean()
