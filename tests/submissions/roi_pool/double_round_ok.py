# expect: accepted
# Written differently: the corners rounded in float64 (|v| + 0.5 is exact there for float32
# values), and the max taken bin row by bin row over masked columns.
import torch


def roi_pool(input, boxes, output_size, spatial_scale=1.0):
    ph_n, pw_n = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
    n, c, h, w = input.shape
    k = boxes.shape[0]
    if k == 0:
        return input.new_zeros((0, c, ph_n, pw_n))
    v = (boxes[:, 1:] * spatial_scale).double()
    r = (torch.sign(v) * torch.floor(v.abs() + 0.5)).to(input.dtype)      # sx, sy, ex, ey
    out = []
    for axis, (s, e, p_n, size) in enumerate(((r[:, 1], r[:, 3], ph_n, h), (r[:, 0], r[:, 2], pw_n, w))):
        length = torch.clamp(e - s + 1, min=1)
        bin_size = length / p_n
        p = torch.arange(p_n, device=input.device).to(input.dtype)
        lo = (torch.floor(p * bin_size[:, None]) + s[:, None]).clamp(0, size)
        hi = (torch.ceil((p + 1) * bin_size[:, None]) + s[:, None]).clamp(0, size)
        idx = torch.arange(size, device=input.device).to(input.dtype)
        out.append((idx >= lo[..., None]) & (idx < hi[..., None]))          # [K, P, size]
    my, mx = out
    img = input[boxes[:, 0].long()]                                         # [K, C, H, W]
    neg = torch.finfo(input.dtype).min
    res = []
    for ph in range(ph_n):
        rows = img.masked_fill(~my[:, ph][:, None, :, None], neg).amax(2)   # [K, C, W]
        cols = rows[:, :, None, :].masked_fill(~mx[:, None], neg).amax(-1)  # [K, C, PW]
        empty = ~(my[:, ph].any(-1)[:, None] & mx.any(-1))                  # [K, PW]
        res.append(torch.where(empty[:, None], torch.zeros_like(cols), cols))
    return torch.stack(res, 2)
