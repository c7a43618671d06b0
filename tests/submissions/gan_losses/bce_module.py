# expect: forbidden
# nn.BCEWithLogitsLoss, as in the DCGAN tutorial (there with nn.BCELoss on a sigmoid output).
import torch
from torch import nn

criterion = nn.BCEWithLogitsLoss()


def gan_losses(d_real_logits, d_fake_logits, mode="non_saturating"):
    ones, zeros = torch.ones_like(d_fake_logits), torch.zeros_like(d_fake_logits)
    d_loss = criterion(d_real_logits, torch.ones_like(d_real_logits)) + criterion(d_fake_logits, zeros)
    g_loss = -criterion(d_fake_logits, zeros) if mode == "minimax" else criterion(d_fake_logits, ones)
    return d_loss, g_loss
