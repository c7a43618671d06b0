# expect: wrong_answer
# The float32 formula everywhere: misses torch's two special sizes (Ho == H is a copy,
# Ho == 2H is i // 2), which differ from floor(i / 1.05) and floor(i / 2.05).
# message: 1\.05|2\.05
import math

import torch


def upsample_nearest(input, size=None, scale_factor=None):
    h, w = input.shape[-2:]
    if size is not None:
        ho, wo = (size, size) if isinstance(size, int) else size
        sh = torch.tensor(h, dtype=torch.float32) / ho
        sw = torch.tensor(w, dtype=torch.float32) / wo
    else:
        fh, fw = (scale_factor, scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        ho, wo = math.floor(h * fh), math.floor(w * fw)
        sh, sw = torch.tensor(1 / fh, dtype=torch.float32), torch.tensor(1 / fw, dtype=torch.float32)
    rows = (torch.arange(ho, dtype=torch.float32) * sh).floor().long().clamp(max=h - 1)
    cols = (torch.arange(wo, dtype=torch.float32) * sw).floor().long().clamp(max=w - 1)
    return input[:, :, rows[:, None].to(input.device), cols[None, :].to(input.device)]
