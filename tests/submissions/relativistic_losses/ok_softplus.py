# expect: accepted
# Relative logits against the other batch's mean, stable BCE terms via softplus.
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    rf = c_real - c_fake.mean()
    fr = c_fake - c_real.mean()
    d_loss = F.softplus(-rf).mean() + F.softplus(fr).mean()
    g_loss = F.softplus(rf).mean() + F.softplus(-fr).mean()
    return d_loss, g_loss
