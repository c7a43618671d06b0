# expect: wrong_answer
# variant: each output against its own batch's mean
# Subtracts the mean of each output's OWN batch instead of the other batch's.
# message: its own batch
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    rf = c_real - c_real.mean()
    fr = c_fake - c_fake.mean()
    d_loss = F.softplus(-rf).mean() + F.softplus(fr).mean()
    g_loss = F.softplus(rf).mean() + F.softplus(-fr).mean()
    return d_loss, g_loss
