# expect: accepted
# Written differently: base anchors with Python floats and round() (also half to even), the
# locations by repeat_interleave / repeat.
import math

import torch


def anchor_generator(sizes, aspect_ratios, feature_map_sizes, strides, dtype=torch.float32, device="cpu"):
    levels = []
    for s_l, r_l, (fh, fw), (sh, sw) in zip(sizes, aspect_ratios, feature_map_sizes, strides):
        base = []
        for r in r_l:
            hr = math.sqrt(r)
            for s in s_l:
                ws, hs = s / hr, s * hr
                base.append([round(-ws / 2), round(-hs / 2), round(ws / 2), round(hs / 2)])
        base = torch.tensor(base, dtype=dtype, device=device)
        ys = (torch.arange(fh, device=device) * sh).repeat_interleave(fw)
        xs = (torch.arange(fw, device=device) * sw).repeat(fh)
        shifts = torch.stack([xs, ys, xs, ys], 1).to(dtype)
        levels.append((shifts[:, None] + base[None]).reshape(-1, 4))
    return torch.cat(levels)
