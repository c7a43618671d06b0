# expect: wrong_answer
# variant: round instead of floor
# "Nearest" read as rounding: the source index is round(i * scale), not floor(i * scale).
import math

import torch


def upsample_nearest(input, size=None, scale_factor=None):
    h, w = input.shape[-2:]
    if size is not None:
        ho, wo = (size, size) if isinstance(size, int) else size
        sh, sw = h / ho, w / wo
    else:
        fh, fw = (scale_factor, scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        ho, wo = math.floor(h * fh), math.floor(w * fw)
        sh, sw = 1 / fh, 1 / fw
    rows = torch.round(torch.arange(ho) * sh).long().clamp(max=h - 1).to(input.device)
    cols = torch.round(torch.arange(wo) * sw).long().clamp(max=w - 1).to(input.device)
    return input[:, :, rows[:, None], cols[None, :]]
