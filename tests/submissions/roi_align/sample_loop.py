# expect: time_limit_exceeded
# Right, but one Python iteration per roi, bin and sample (the kernel's loops written out).
import math

import torch


def roi_align(input, boxes, output_size, spatial_scale=1.0, sampling_ratio=-1, aligned=False):
    ph_n, pw_n = output_size if isinstance(output_size, (tuple, list)) else (output_size, output_size)
    n, c, h, w = input.shape
    off = 0.5 if aligned else 0.0
    rows = []
    for b, x1, y1, x2, y2 in boxes.tolist():
        sw, sh = x1 * spatial_scale - off, y1 * spatial_scale - off
        rw, rh = x2 * spatial_scale - off - sw, y2 * spatial_scale - off - sh
        if not aligned:
            rw, rh = max(rw, 1.0), max(rh, 1.0)
        bh, bw = rh / ph_n, rw / pw_n
        gy = sampling_ratio if sampling_ratio > 0 else max(math.ceil(rh / ph_n), 0)
        gx = sampling_ratio if sampling_ratio > 0 else max(math.ceil(rw / pw_n), 0)
        img = input[int(b)]
        bins = []
        for ph in range(ph_n):
            for pw in range(pw_n):
                acc = input.new_zeros(c)
                for iy in range(gy):
                    y = sh + ph * bh + (iy + 0.5) * bh / gy
                    for ix in range(gx):
                        x = sw + pw * bw + (ix + 0.5) * bw / gx
                        if y < -1 or y > h or x < -1 or x > w:
                            continue
                        y, x = max(y, 0.0), max(x, 0.0)
                        yl, xl = int(y), int(x)
                        yh, xh = min(yl + 1, h - 1), min(xl + 1, w - 1)
                        if yl >= h - 1:
                            yl, y = h - 1, float(h - 1)
                        if xl >= w - 1:
                            xl, x = w - 1, float(w - 1)
                        ly, lx = y - yl, x - xl
                        acc = acc + ((1 - ly) * (1 - lx) * img[:, yl, xl] + (1 - ly) * lx * img[:, yl, xh]
                                     + ly * (1 - lx) * img[:, yh, xl] + ly * lx * img[:, yh, xh])
                bins.append(acc / max(gy * gx, 1))
        rows.append(torch.stack(bins, -1).reshape(c, ph_n, pw_n))
    if not rows:
        return input.new_zeros((0, c, ph_n, pw_n))
    return torch.stack(rows)
