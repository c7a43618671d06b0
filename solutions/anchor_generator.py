"""Reference: the anchors of Faster R-CNN's RPN (Ren et al., NeurIPS 2015, sec. 3.1.1), exactly
as torchvision.models.detection.anchor_utils.AnchorGenerator (torchvision 0.29) lays them out.

    anchor_generator(sizes, aspect_ratios, feature_map_sizes, strides, dtype=torch.float32, device="cpu")

- sizes[l], aspect_ratios[l]: the anchor sizes (ints) and aspect ratios (floats, ratio =
  height / width) of feature level l; feature_map_sizes[l] = (H_l, W_l); strides[l] =
  (stride_h, stride_w), ints (torchvision: image size // feature map size).
- Base anchors of a level, computed in float32 as torchvision does (whatever `dtype`): for each
  ratio r (outer loop) and each size s (inner loop): h_ratio = sqrt(r), w_ratio = 1 / h_ratio,
  ws = w_ratio * s, hs = h_ratio * s, anchor = round([-ws, -hs, ws, hs] / 2), round = half to
  even (torch.round). A = len(ratios) * len(sizes) base anchors, zero-centred.
- Anchors of a level: for each location (row-major: y outer, x inner) the shift
  (x * stride_w, y * stride_h, x * stride_w, y * stride_h) plus each base anchor in order;
  [H*W*A, 4]. The levels are concatenated in order: [sum_l H_l*W_l*A_l, 4], `dtype`, `device`.
"""
import torch


def base_anchors(sizes, ratios, device) -> torch.Tensor:
    """[len(ratios) * len(sizes), 4] zero-centred anchors, ratio-major, float32, rounded."""
    scales = torch.as_tensor(sizes, dtype=torch.float32, device=device)
    ratios = torch.as_tensor(ratios, dtype=torch.float32, device=device)
    h_ratios = torch.sqrt(ratios)
    w_ratios = 1 / h_ratios
    ws = (w_ratios[:, None] * scales[None, :]).reshape(-1)
    hs = (h_ratios[:, None] * scales[None, :]).reshape(-1)
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
