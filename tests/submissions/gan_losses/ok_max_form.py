# expect: accepted
# BCE-with-logits written out by hand, max(z, 0) - z*t + log1p(exp(-|z|)), with labels 1 and 0.
import torch


def _bce(z, t):
    return (z.clamp(min=0) - z * t + torch.log1p(torch.exp(-z.abs()))).mean()


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = _bce(d_real_logits, 1.0) + _bce(d_fake_logits, 0.0)
    g_loss = -_bce(d_fake_logits, 0.0) if mode == "minimax" else _bce(d_fake_logits, 1.0)
    return d_loss, g_loss
