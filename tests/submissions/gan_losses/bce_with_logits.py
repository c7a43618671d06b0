# expect: forbidden
# F.binary_cross_entropy_with_logits with all-ones / all-zeros targets does each term outright.
# message: binary_cross_entropy_with_logits
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    bce = F.binary_cross_entropy_with_logits
    ones, zeros = torch.ones_like(d_fake_logits), torch.zeros_like(d_fake_logits)
    d_loss = bce(d_real_logits, torch.ones_like(d_real_logits)) + bce(d_fake_logits, zeros)
    g_loss = -bce(d_fake_logits, zeros) if mode == "minimax" else bce(d_fake_logits, ones)
    return d_loss, g_loss
