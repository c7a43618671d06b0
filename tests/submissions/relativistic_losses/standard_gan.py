# expect: wrong_answer
# The standard (non-relativistic) GAN losses on C(x): nothing is compared with the other batch.
# message: standard GAN loss
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    d_loss = F.softplus(-c_real).mean() + F.softplus(c_fake).mean()
    g_loss = F.softplus(-c_fake).mean()
    return d_loss, g_loss
