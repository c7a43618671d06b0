"""Reference: RoI max pooling (Girshick, Fast R-CNN, 2015), exactly as torchvision.ops.roi_pool
(torchvision 0.29, the CPU/CUDA kernel); the value only.

    roi_pool(input, boxes, output_size, spatial_scale=1.0)

- input [N, C, H, W] float32/float64; boxes [K, 5] of the same dtype and device, rows
  (batch_index, x1, y1, x2, y2) (batch_index truncated to an int).
- output_size: int or (PH, PW). Returns [K, C, PH, PW], input's dtype and device.
- Per roi: x1..y2 times spatial_scale (in the input's dtype), rounded half away from zero
  (C's round(): 2.5 -> 3, -0.5 -> -1) to integers sw, sh, ew, eh; roi_w = max(ew - sw + 1, 1),
  roi_h likewise (the end pixel is included). bin_h = roi_h / PH in the input's dtype;
  bin (ph, pw) covers rows [floor(ph * bin_h), ceil((ph + 1) * bin_h)) shifted by sh and
  clipped to [0, H] (columns likewise); its value is the max over that window, and 0 when
  the window is empty.
- K = 0 gives an empty [0, C, PH, PW] tensor.
"""
import torch


def _pair(v):
    return (int(v[0]), int(v[1])) if isinstance(v, (tuple, list)) else (int(v), int(v))


def _round_half_away(v: torch.Tensor) -> torch.Tensor:
    """C's round(): halves go away from zero. (floor(v + 0.5) is wrong at 0.49999997 in
    float32, where v + 0.5 rounds up to 1; torch.round rounds halves to even.)"""
    t = v.trunc()
    return t + torch.where((v - t).abs() >= 0.5, v.sign(), torch.zeros_like(v))


def _windows(start, end, pooled, size):
    """[K] rounded roi starts and ends on one axis -> the pixel indices of every bin's
    window, [K, P, L] (L = the longest window), and which of them are real (mask)."""
    length = (end - start + 1).clamp(min=1)                                   # [K] integer-valued
    dtype = start.dtype
    # in the input's dtype, a true division as the kernel's: a tensor divided by a Python
    # number on CUDA is multiplied by its reciprocal, and 14 * (1 / 13) * 13 is 14.000000000000002
    # in float64, so ceil gave 15 where the CPU (and torchvision's kernels) give 14
    bin_size = length / torch.full_like(length, pooled)
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
