# expect: wrong_answer
# variant: torch.round for the corners
# torch.round for the roi corners: halves go to even (2.5 -> 2), C's round() goes away from zero.
# message: output
import torch


def _pair(v):
    return (int(v[0]), int(v[1])) if isinstance(v, (tuple, list)) else (int(v), int(v))


def _round_half_away(v: torch.Tensor) -> torch.Tensor:
    """C's round(): halves go away from zero. (floor(v + 0.5) is wrong at 0.49999997 in
    float32, where v + 0.5 rounds up to 1; torch.round rounds halves to even.)"""
    return torch.round(v)


def _windows(start, end, pooled, size):
    """[K] rounded roi starts and ends on one axis -> the pixel indices of every bin's
    window, [K, P, L] (L = the longest window), and which of them are real (mask)."""
    length = (end - start + 1).clamp(min=1)                                   # [K] integer-valued
    dtype = start.dtype
    bin_size = length / pooled                                                # in the input's dtype
    p = torch.arange(pooled, device=start.device, dtype=dtype)
    lo = (torch.floor(p[None, :] * bin_size[:, None]) + start[:, None]).clamp(0, size).long()
    hi = (torch.ceil((p[None, :] + 1) * bin_size[:, None]) + start[:, None]).clamp(0, size).long()
    longest = max(int((hi - lo).max()), 1)
    idx = lo[:, :, None] + torch.arange(longest, device=start.device)                  # [K,P,L]
    mask = idx < hi[:, :, None]
    return torch.where(mask, idx, torch.zeros_like(idx)), mask


def roi_pool(input: torch.Tensor, boxes: torch.Tensor, output_size, spatial_scale: float = 1.0) -> torch.Tensor:
    ph_n, pw_n = _pair(output_size)
    n, c, h, w = input.shape
    k = boxes.shape[0]
    if k == 0:
        return input.new_zeros((0, c, ph_n, pw_n))
    batch = boxes[:, 0].long()
    r = _round_half_away(boxes[:, 1:] * spatial_scale)                       # [K,4] sw, sh, ew, eh
    ys, my = _windows(r[:, 1], r[:, 3], ph_n, h)                              # [K,PH,LY]
    xs, mx = _windows(r[:, 0], r[:, 2], pw_n, w)                              # [K,PW,LX]
    ly, lx = ys.shape[2], xs.shape[2]
    v = input[batch[:, None, None], :, ys.reshape(k, -1, 1), xs.reshape(k, 1, -1)]  # [K,PH*LY,PW*LX,C]
    v = v.reshape(k, ph_n, ly, pw_n, lx, c)
    m = (my[:, :, :, None, None] & mx[:, None, None, :, :])[..., None]      # [K,PH,LY,PW,LX,1]
    neg = torch.tensor(float("-inf"), dtype=input.dtype, device=input.device)
    out = torch.where(m, v, neg).amax(dim=(2, 4))                             # [K,PH,PW,C]
    empty = ~m.any(dim=(2, 4))                                                # [K,PH,PW,1]: 0 there
    out = torch.where(empty, torch.zeros_like(out), out)
    return out.permute(0, 3, 1, 2).contiguous()
