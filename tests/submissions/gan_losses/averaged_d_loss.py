# expect: wrong_answer
# variant: pix2pix's halved d_loss
# Averages the real and fake terms (0.5 * (...)) where the contract sums them.
# message: averaged
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = 0.5 * (F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean())
    if mode == "minimax":
        return d_loss, -F.softplus(d_fake_logits).mean()
    return d_loss, F.softplus(-d_fake_logits).mean()
