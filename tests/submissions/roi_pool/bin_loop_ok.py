# expect: accepted
# Written differently: a Python loop over rois and bins, a slice and a max per bin, the bin
# bounds in the kernel's float type (numpy float32 / float64 scalars). roi_pool is not timed.
import math

import numpy as np
import torch


def _round(v):
    """C's round(): halves away from zero (v is an exact Python float)."""
    t = math.trunc(v)
    return t + (int(math.copysign(1, v)) if abs(v - t) >= 0.5 else 0)


def roi_pool(input, boxes, output_size, spatial_scale=1.0):
    ph_n, pw_n = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
    n, c, h, w = input.shape
    out = input.new_zeros((boxes.shape[0], c, ph_n, pw_n))
    scaled = (boxes[:, 1:] * spatial_scale).tolist()
    for k in range(boxes.shape[0]):
        b = int(boxes[k, 0])
        sx, sy, ex, ey = (_round(v) for v in scaled[k])
        rw, rh = max(ex - sx + 1, 1), max(ey - sy + 1, 1)
        dt = np.float32 if input.dtype == torch.float32 else np.float64  # the kernel's float type
        bh, bw = dt(rh) / dt(ph_n), dt(rw) / dt(pw_n)
        for ph in range(ph_n):
            h0 = min(max(int(np.floor(dt(ph) * bh)) + sy, 0), h)
            h1 = min(max(int(np.ceil(dt(ph + 1) * bh)) + sy, 0), h)
            for pw in range(pw_n):
                w0 = min(max(int(np.floor(dt(pw) * bw)) + sx, 0), w)
                w1 = min(max(int(np.ceil(dt(pw + 1) * bw)) + sx, 0), w)
                if h1 > h0 and w1 > w0:
                    out[k, :, ph, pw] = input[b, :, h0:h1, w0:w1].amax(dim=(1, 2))
    return out
