# expect: wrong_answer
# Returns Python floats instead of 0-d tensors.
# message: d_loss: returned a float, expected a torch tensor
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    g = -F.softplus(d_fake_logits).mean() if mode == "minimax" else F.softplus(-d_fake_logits).mean()
    return d.item(), g.item()
