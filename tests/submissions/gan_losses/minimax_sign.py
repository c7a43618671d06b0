# expect: wrong_answer
# variant: the minimax g_loss with the wrong sign
# Minimax g_loss with the wrong sign: -mean log(1 - sigmoid(fake)) is what D minimises, not G.
# message: the sign
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d_loss = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    if mode == "minimax":
        return d_loss, F.softplus(d_fake_logits).mean()
    return d_loss, F.softplus(-d_fake_logits).mean()
