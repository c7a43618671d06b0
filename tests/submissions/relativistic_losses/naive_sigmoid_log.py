# expect: wrong_answer
# variant: log(sigmoid(z)) taken literally
# The formulas taken literally: sigmoid of a relative logit of 200 is exactly 1 in float32,
# so log(1 - D_Ra) is -inf.
# message: inf
import torch


def relativistic_losses(c_real, c_fake):
    d_rf = torch.sigmoid(c_real - c_fake.mean())
    d_fr = torch.sigmoid(c_fake - c_real.mean())
    d_loss = -torch.log(d_rf).mean() - torch.log(1 - d_fr).mean()
    g_loss = -torch.log(1 - d_rf).mean() - torch.log(d_fr).mean()
    return d_loss, g_loss
