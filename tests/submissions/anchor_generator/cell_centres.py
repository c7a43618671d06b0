# expect: wrong_answer
# variant: anchors at the cell centres
# Centres every anchor in the middle of its feature-map cell, ((x + 0.5) * stride), as SSD's priors:
# torchvision shifts the base anchors by x * stride, the cell's top-left corner.
import torch


def anchor_generator(sizes, aspect_ratios, feature_map_sizes, strides, dtype=torch.float32, device="cpu"):
    levels = []
    for s_l, r_l, (fh, fw), (sh, sw) in zip(sizes, aspect_ratios, feature_map_sizes, strides):
        scales = torch.tensor(s_l, dtype=torch.float32, device=device)
        hr = torch.tensor(r_l, dtype=torch.float32, device=device).sqrt()
        ws = (scales[None, :] / hr[:, None]).reshape(-1)
        hs = (scales[None, :] * hr[:, None]).reshape(-1)
        base = (torch.stack([-ws, -hs, ws, hs], 1) / 2).round().to(dtype)
        cy = (torch.arange(fh, device=device, dtype=dtype) + 0.5) * sh
        cx = (torch.arange(fw, device=device, dtype=dtype) + 0.5) * sw
        yy, xx = torch.meshgrid(cy, cx, indexing="ij")
        shifts = torch.stack([xx, yy, xx, yy], -1).reshape(-1, 1, 4)
        levels.append((shifts + base[None]).reshape(-1, 4))
    return torch.cat(levels)
