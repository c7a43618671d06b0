# expect: wrong_answer
# Right values, but mean C(x_f) is detached in the generator's real term: G loses the
# gradient it gets through the real data (the point of ESRGAN's relativistic G loss).
# message: c_fake.grad of g_loss
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    d_loss = F.softplus(-(c_real - c_fake.mean())).mean() + F.softplus(c_fake - c_real.mean()).mean()
    g_loss = F.softplus(c_real - c_fake.mean().detach()).mean() + F.softplus(-(c_fake - c_real.mean())).mean()
    return d_loss, g_loss
