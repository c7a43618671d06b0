# expect: wrong_answer
# variant: log(sigmoid(z)) taken literally
# The formula taken literally: log(sigmoid(z)) and log(1 - sigmoid(z)) give -inf at |z| = 100 in float32.
# message: inf
import torch


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    pr, pf = torch.sigmoid(d_real_logits), torch.sigmoid(d_fake_logits)
    d_loss = -torch.log(pr).mean() - torch.log(1 - pf).mean()
    if mode == "minimax":
        return d_loss, torch.log(1 - pf).mean()
    return d_loss, -torch.log(pf).mean()
