# expect: wrong_answer
# Clamps the probabilities to [eps, 1 - eps] "for stability": finite, but a logit of 100
# costs 100, not -log(eps).
# message: d_loss: .* expected 75, got 16
import torch

EPS = 1e-7


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    pr = torch.sigmoid(d_real_logits).clamp(EPS, 1 - EPS)
    pf = torch.sigmoid(d_fake_logits).clamp(EPS, 1 - EPS)
    d_loss = -torch.log(pr).mean() - torch.log(1 - pf).mean()
    if mode == "minimax":
        return d_loss, torch.log(1 - pf).mean()
    return d_loss, -torch.log(pf).mean()
