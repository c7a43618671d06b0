# expect: wrong_answer
# Concatenates real and fake terms and takes one mean (times 2): right only when the
# two batches have the same size.
# message: one mean over real and fake together
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    terms = torch.cat([F.softplus(-d_real_logits).flatten(), F.softplus(d_fake_logits).flatten()])
    d_loss = 2 * terms.mean()
    if mode == "minimax":
        return d_loss, -F.softplus(d_fake_logits).mean()
    return d_loss, F.softplus(-d_fake_logits).mean()
