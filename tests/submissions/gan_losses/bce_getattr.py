# expect: forbidden
# F.binary_cross_entropy on sigmoid probabilities, fetched by name.
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    bce = getattr(F, "binary_cross_entropy")
    pr, pf = torch.sigmoid(d_real_logits), torch.sigmoid(d_fake_logits)
    d_loss = bce(pr, torch.ones_like(pr)) + bce(pf, torch.zeros_like(pf))
    g_loss = -bce(pf, torch.zeros_like(pf)) if mode == "minimax" else bce(pf, torch.ones_like(pf))
    return d_loss, g_loss
