# expect: accepted
# The stable form with softplus: -log sigmoid(z) = softplus(-z), -log(1 - sigmoid(z)) = softplus(z).
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    if mode == "minimax":
        g_loss = -F.softplus(d_fake_logits).mean()
    else:
        g_loss = F.softplus(-d_fake_logits).mean()
    return d_loss, g_loss
