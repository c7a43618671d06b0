# expect: wrong_answer
# variant: the generator's fake term only
# Generator loss with the fake term only, -E[log D_Ra(x_f, x_r)], as in a standard GAN;
# ESRGAN's generator also gets the real term.
# message: only -E\[log D_Ra\(x_f, x_r\)\]
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    rf = c_real - c_fake.mean()
    fr = c_fake - c_real.mean()
    d_loss = F.softplus(-rf).mean() + F.softplus(fr).mean()
    g_loss = F.softplus(-fr).mean()
    return d_loss, g_loss
