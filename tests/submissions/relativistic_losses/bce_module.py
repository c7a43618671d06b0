# expect: forbidden
# nn.BCEWithLogitsLoss on the relative logits, as BasicSR's GANLoss("vanilla") does.
import torch
import torch.nn as nn

bce = nn.BCEWithLogitsLoss()


def relativistic_losses(c_real, c_fake):
    rf = c_real - c_fake.mean()
    fr = c_fake - c_real.mean()
    d_loss = bce(rf, torch.ones_like(rf)) + bce(fr, torch.zeros_like(fr))
    g_loss = bce(rf, torch.zeros_like(rf)) + bce(fr, torch.ones_like(fr))
    return d_loss, g_loss
