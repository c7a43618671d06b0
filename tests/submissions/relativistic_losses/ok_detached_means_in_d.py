# expect: accepted
# As BasicSR trains D: the other batch's mean is detached in d_loss. The values are the
# same and d_loss's gradient is not judged, so this is accepted (with the paper's sums).
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    d_loss = F.softplus(-(c_real - c_fake.detach().mean())).mean() \
        + F.softplus(c_fake - c_real.detach().mean()).mean()
    g_loss = F.softplus(c_real.detach() - c_fake.mean()).mean() \
        + F.softplus(-(c_fake - c_real.detach().mean())).mean()
    return d_loss, g_loss
