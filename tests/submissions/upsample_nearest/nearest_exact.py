# expect: wrong_answer
# variant: nearest-exact (pixel centres)
# Samples pixel centres, floor((i + 0.5) * scale): that is mode="nearest-exact" (and OpenCV's
# INTER_NEAREST_EXACT), not torch's legacy "nearest".
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
    rows = ((torch.arange(ho) + 0.5) * sh).floor().long().clamp(max=h - 1)
    cols = ((torch.arange(wo) + 0.5) * sw).floor().long().clamp(max=w - 1)
    return input[:, :, rows[:, None].to(input.device), cols[None, :].to(input.device)]
