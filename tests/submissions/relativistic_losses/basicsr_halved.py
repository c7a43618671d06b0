# expect: wrong_answer
# variant: BasicSR's 0.5 weighting
# BasicSR's weighting: each term times 0.5 (an average of the two BCE terms); the contract
# is the paper's sum.
# message: halved
import torch.nn.functional as F


def relativistic_losses(c_real, c_fake):
    rf = c_real - c_fake.mean()
    fr = c_fake - c_real.mean()
    d_loss = 0.5 * F.softplus(-rf).mean() + 0.5 * F.softplus(fr).mean()
    g_loss = (F.softplus(rf).mean() + F.softplus(-fr).mean()) / 2
    return d_loss, g_loss
