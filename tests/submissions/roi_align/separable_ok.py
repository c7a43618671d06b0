# expect: accepted
# Written differently: bilinear sampling is separable, so each roi is Wy @ image @ Wx^T with
# per-roi interpolation matrices Wy [PH, H] and Wx [PW, W] (the samples' weights summed per
# bin, 0 for samples outside [-1, H]); one einsum per roi batch.
import torch


def _weights(start, length, pooled, size, grid_fixed, aligned):
    """[K] starts and lengths -> [K, pooled, size] interpolation weights, mean over samples."""
    k = start.shape[0]
    dtype = start.dtype
    if not aligned:
        length = length.clamp(min=1.0)
    bin_size = length / pooled
    grid = (torch.full((k,), grid_fixed, device=start.device) if grid_fixed > 0
            else torch.ceil(length / pooled).clamp(min=0).long())
    g = max(int(grid.max()), 1)
    i = torch.arange(g, device=start.device)
    p = torch.arange(pooled, device=start.device, dtype=dtype)
    pos = start[:, None, None] + p[None, :, None] * bin_size[:, None, None] \
        + (i[None, None, :].to(dtype) + 0.5) * bin_size[:, None, None] / grid[:, None, None].clamp(min=1).to(dtype)
    ok = (i[None, None, :] < grid[:, None, None]) & (pos >= -1) & (pos <= size)
    pos = torch.where(ok, pos, torch.zeros_like(pos)).clamp(min=0)
    low = pos.floor()
    last = low >= size - 1
    low = torch.where(last, torch.full_like(low, size - 1), low)
    pos = torch.where(last, low, pos)
    high = torch.where(last, low, low + 1)
    frac = pos - low
    cols = torch.arange(size, device=start.device, dtype=dtype)
    wgt = ((cols == low[..., None]) * (1 - frac)[..., None] + (cols == high[..., None]) * frac[..., None])
    wgt = wgt * ok[..., None]
    return wgt.sum(2), grid                                     # [K, P, size], [K]


def roi_align(input, boxes, output_size, spatial_scale=1.0, sampling_ratio=-1, aligned=False):
    ph, pw = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
    n, c, h, w = input.shape
    if boxes.shape[0] == 0:
        return input.new_zeros((0, c, ph, pw))
    off = 0.5 if aligned else 0.0
    b = boxes * spatial_scale - off
    wy, gy = _weights(b[:, 2], b[:, 4] - b[:, 2], ph, h, sampling_ratio, aligned)
    wx, gx = _weights(b[:, 1], b[:, 3] - b[:, 1], pw, w, sampling_ratio, aligned)
    count = (gy * gx).clamp(min=1).to(input.dtype)
    img = input[boxes[:, 0].long()]
    out = torch.einsum("kph,kchw,kqw->kcpq", wy, img, wx)
    return out / count[:, None, None, None]
