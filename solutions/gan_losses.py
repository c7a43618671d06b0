"""Reference: the standard GAN losses on discriminator logits (Goodfellow et al. 2014),
written stably with softplus.

    gan_losses(d_real_logits, d_fake_logits, mode="non_saturating") -> (d_loss, g_loss)

- d_real_logits: D's logits on real samples, any shape, at least one element;
  d_fake_logits: D's logits on generated samples, any shape (the element counts may differ);
  float32 / float64, same dtype and device.
- d_loss = mean over real of -log sigmoid(r) + mean over fake of -log(1 - sigmoid(f)):
  the SUM of the two BCE means, as the PyTorch DCGAN tutorial's errD = errD_real + errD_fake.
- g_loss (minimised by G):
    "minimax":        mean over fake of log(1 - sigmoid(f))   (<= 0; saturates when D wins)
    "non_saturating": mean over fake of -log sigmoid(f)
- Stable for any finite logit: -log sigmoid(z) = softplus(-z), -log(1 - sigmoid(z)) = softplus(z).
- Both results are 0-d tensors of the input dtype and device, differentiable by autograd.
"""
import torch
import torch.nn.functional as F


def gan_losses(d_real_logits: torch.Tensor, d_fake_logits: torch.Tensor, mode: str = "non_saturating"):
    d_loss = F.softplus(-d_real_logits).mean() + F.softplus(d_fake_logits).mean()
    if mode == "minimax":
        g_loss = -F.softplus(d_fake_logits).mean()
    elif mode == "non_saturating":
        g_loss = F.softplus(-d_fake_logits).mean()
    else:
        raise ValueError(f"unknown mode {mode!r}")
    return d_loss, g_loss
