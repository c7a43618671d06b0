# expect: wrong_answer
# variant: one BCE over the real and fake batches concatenated
# Real and fake logits concatenated into one labelled batch (1 for real, 0 for fake) and one BCE mean taken.
# message: averaged
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    logits = torch.cat([d_real_logits.flatten(), d_fake_logits.flatten()])
    labels = torch.cat([torch.ones_like(d_real_logits.flatten()), torch.zeros_like(d_fake_logits.flatten())])
    d_loss = (labels * F.softplus(-logits) + (1 - labels) * F.softplus(logits)).mean()
    if mode == "minimax":
        g_loss = -F.softplus(d_fake_logits).mean()
    else:
        g_loss = F.softplus(-d_fake_logits).mean()
    return d_loss, g_loss
