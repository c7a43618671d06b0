"""Reference: the relativistic average GAN losses of ESRGAN (Wang et al. 2018, Section 3.2,
after Jolicoeur-Martineau 2018), written stably with softplus.

    relativistic_losses(c_real, c_fake) -> (d_loss, g_loss)

- c_real, c_fake: the discriminator's raw outputs C(x) (logits) on real and on generated
  samples, any shapes, at least one element each (the counts may differ); float32 / float64.
- D_Ra(x_r, x_f) = sigmoid(C(x_r) - mean C(x_f)),  D_Ra(x_f, x_r) = sigmoid(C(x_f) - mean C(x_r)),
  the means over every element of the OTHER batch.
- The paper's equations, two expectations SUMMED (BasicSR's training code halves each term;
  not done here):
    d_loss = -mean log D_Ra(x_r, x_f) - mean log(1 - D_Ra(x_f, x_r))
    g_loss = -mean log(1 - D_Ra(x_r, x_f)) - mean log D_Ra(x_f, x_r)
  with -log sigmoid(z) = softplus(-z) and -log(1 - sigmoid(z)) = softplus(z).
- 0-d tensors, input dtype and device; g_loss is differentiable with respect to c_fake through
  both terms (the generator gets gradients from the real term too, via mean C(x_f)).
"""
import torch
import torch.nn.functional as F


def relativistic_losses(c_real: torch.Tensor, c_fake: torch.Tensor):
    real_vs_fake = c_real - c_fake.mean()   # logits of D_Ra(x_r, x_f), one per real sample
    fake_vs_real = c_fake - c_real.mean()   # logits of D_Ra(x_f, x_r), one per fake sample
    d_loss = F.softplus(-real_vs_fake).mean() + F.softplus(fake_vs_real).mean()
    g_loss = F.softplus(real_vs_fake).mean() + F.softplus(-fake_vs_real).mean()
    return d_loss, g_loss
