# expect: wrong_answer
# Right values, rebuilt from .item(): nothing to backpropagate into D or G.
# message: grad of d_loss is None
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    d = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    g = -F.softplus(d_fake_logits).mean() if mode == "minimax" else F.softplus(-d_fake_logits).mean()
    like = dict(dtype=d_real_logits.dtype, device=d_real_logits.device)
    return torch.tensor(d.item(), **like), torch.tensor(g.item(), **like)
