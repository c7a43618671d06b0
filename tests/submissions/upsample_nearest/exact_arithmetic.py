# expect: wrong_answer
# variant: the index in exact (float64) arithmetic
# Right rules (given scale, the two special sizes) but the index in exact rational / float64
# arithmetic: torch rounds i * scale to float32, so row 33 at factor 2.2 is 15 (float64 gives 14)
# and row 41 of 2 -> 82 is 0 (exact arithmetic gives 1).
# message: 2\.2|82
import math

import torch


def upsample_nearest(input, size=None, scale_factor=None):
    h, w = input.shape[-2:]
    if size is not None:
        ho, wo = (size, size) if isinstance(size, int) else size
        fh = fw = None
    else:
        fh, fw = (scale_factor, scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        ho, wo = math.floor(h * fh), math.floor(w * fw)

    def index(n_in, n_out, f):
        i = torch.arange(n_out)
        if n_out == n_in:
            return i
        if n_out == 2 * n_in:
            return i // 2
        src = (i * n_in) // n_out if f is None else (i.double() / f).floor().long()
        return src.clamp(max=n_in - 1)

    rows, cols = index(h, ho, fh).to(input.device), index(w, wo, fw).to(input.device)
    return input[:, :, rows[:, None], cols[None, :]]
