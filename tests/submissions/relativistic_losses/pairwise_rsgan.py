# expect: wrong_answer
# variant: pairwise C(x_r) - C(x_f) without the batch means
# The plain relativistic GAN (RSGAN): pairwise C(x_r) - C(x_f), no average over the other batch.
# message: pairwise
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    diff = c_real - c_fake
    d_loss = F.softplus(-diff).mean() + F.softplus(-diff).mean()
    g_loss = F.softplus(diff).mean() + F.softplus(diff).mean()
    return d_loss, g_loss
