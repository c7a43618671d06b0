# expect: wrong_answer
# variant: a fixed 2 x 2 grid for sampling_ratio <= 0
# sampling_ratio <= 0 read as "2 x 2 samples" instead of the adaptive ceil(roi_h / PH).
# message: output
import torch


def _pair(v):
    return (int(v[0]), int(v[1])) if isinstance(v, (tuple, list)) else (int(v), int(v))


def _axis(start, bin_size, grid, pooled, size, gmax):
    """Sample positions along one axis and their bilinear pieces.

    start, bin_size, grid: [K]; returns (low [K,P,G], high, w_low, w_high, valid [K,P,G])
    where valid is False for a padded sample (index >= grid) or one outside [-1, size].
    """
    dtype = start.dtype
    p = torch.arange(pooled, device=start.device, dtype=dtype)[None, :, None]      # [1,P,1]
    i = torch.arange(gmax, device=start.device)[None, None, :]                     # [1,1,G]
    pos = (start[:, None, None] + p * bin_size[:, None, None]
           + (i + 0.5).to(dtype) * (bin_size / grid.to(dtype))[:, None, None])      # [K,P,G]
    valid = (i < grid[:, None, None]) & (pos >= -1.0) & (pos <= size)
    pos = torch.where(valid, pos, torch.zeros_like(pos)).clamp(min=0)  # padded: any in-range index
    low = pos.floor().long()   # pos >= 0: truncation as the kernel's (int)
    last = low >= size - 1
    low = torch.where(last, torch.full_like(low, size - 1), low)
    high = torch.where(last, low, low + 1)
    pos = torch.where(last, low.to(dtype), pos)
    frac = pos - low.to(dtype)
    return low, high, 1.0 - frac, frac, valid


def roi_align(input: torch.Tensor, boxes: torch.Tensor, output_size, spatial_scale: float = 1.0,
              sampling_ratio: int = -1, aligned: bool = False) -> torch.Tensor:
    ph_n, pw_n = _pair(output_size)
    n, c, h, w = input.shape
    k = boxes.shape[0]
    if k == 0:
        return input.new_zeros((0, c, ph_n, pw_n))
    dtype = input.dtype
    offset = 0.5 if aligned else 0.0
    b = boxes.detach()
    batch = b[:, 0].long()
    start_w = b[:, 1] * spatial_scale - offset
    start_h = b[:, 2] * spatial_scale - offset
    end_w = b[:, 3] * spatial_scale - offset
    end_h = b[:, 4] * spatial_scale - offset
    roi_w = end_w - start_w
    roi_h = end_h - start_h
    if not aligned:
        roi_w = roi_w.clamp(min=1.0)
        roi_h = roi_h.clamp(min=1.0)
    bin_h = roi_h / ph_n
    bin_w = roi_w / pw_n
    if sampling_ratio > 0:
        gy = torch.full((k,), sampling_ratio, dtype=torch.long, device=input.device)
        gx = gy
    else:
        # ceil of a negative size (aligned, x2 < x1) is <= 0: no samples, value 0
        gy = torch.full((k,), 2, dtype=torch.long, device=input.device)
        gx = gy
    gy_max = max(int(gy.max()), 1)
    gx_max = max(int(gx.max()), 1)
    count = (gy * gx).clamp(min=1).to(dtype)                                       # [K]

    yl, yh, wyl, wyh, vy = _axis(start_h, bin_h, gy, ph_n, h, gy_max)            # [K,PH,GY]
    xl, xh, wxl, wxh, vx = _axis(start_w, bin_w, gx, pw_n, w, gx_max)            # [K,PW,GX]
    wyl, wyh = wyl * vy, wyh * vy   # an invalid sample weighs 0
    wxl, wxh = wxl * vx, wxh * vx

    # the four neighbours of every sample, gathered by advanced indexing: [K, PH*GY, PW*GX, C]
    bi = batch[:, None, None]

    def at(yi, xi):
        return input[bi, :, yi.reshape(k, -1, 1), xi.reshape(k, 1, -1)]

    def wt(wy, wx):
        return (wy.reshape(k, -1, 1) * wx.reshape(k, 1, -1))[..., None]              # [K,PH*GY,PW*GX,1]

    val = (wt(wyl, wxl) * at(yl, xl) + wt(wyl, wxh) * at(yl, xh)
           + wt(wyh, wxl) * at(yh, xl) + wt(wyh, wxh) * at(yh, xh))
    val = val.reshape(k, ph_n, gy_max, pw_n, gx_max, c).sum(dim=(2, 4))             # [K,PH,PW,C]
    return (val / count[:, None, None, None]).permute(0, 3, 1, 2).contiguous()
