# expect: wrong_answer
# variant: size-major base anchors
# Base anchors size-major (for each size, each ratio): torchvision's order is ratio-major.
# message: anchors
import torch


def base_anchors(sizes, ratios, device) -> torch.Tensor:
    """[len(ratios) * len(sizes), 4] zero-centred anchors, ratio-major, float32, rounded."""
    scales = torch.as_tensor(sizes, dtype=torch.float32, device=device)
    ratios = torch.as_tensor(ratios, dtype=torch.float32, device=device)
    h_ratios = torch.sqrt(ratios)
    w_ratios = 1 / h_ratios
    ws = (scales[:, None] * w_ratios[None, :]).reshape(-1)
    hs = (scales[:, None] * h_ratios[None, :]).reshape(-1)
    return (torch.stack([-ws, -hs, ws, hs], dim=1) / 2).round()


def anchor_generator(sizes, aspect_ratios, feature_map_sizes, strides, dtype=torch.float32,
                     device="cpu") -> torch.Tensor:
    out = []
    for s, r, (fh, fw), (sh, sw) in zip(sizes, aspect_ratios, feature_map_sizes, strides):
        base = base_anchors(s, r, device).to(dtype)                                    # [A,4]
        xs = torch.arange(int(fw), device=device, dtype=torch.int64) * int(sw)
        ys = torch.arange(int(fh), device=device, dtype=torch.int64) * int(sh)
        sy, sx = torch.meshgrid(ys, xs, indexing="ij")                                # row-major
        shifts = torch.stack([sx, sy, sx, sy], dim=-1).reshape(-1, 1, 4).to(dtype)   # [H*W,1,4]
        out.append((shifts + base[None]).reshape(-1, 4))
    if not out:
        return torch.zeros((0, 4), dtype=dtype, device=device)
    return torch.cat(out)
