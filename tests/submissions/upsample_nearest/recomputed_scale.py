# expect: wrong_answer
# variant: the scale recomputed from the sizes (recompute_scale_factor=True)
# Always samples with H / Ho, as if recompute_scale_factor=True: right for sizes, wrong when a
# non-integer scale_factor is given (1.7 on W = 5).
# message: 1\.7
import math

import torch


def upsample_nearest(input, size=None, scale_factor=None):
    h, w = input.shape[-2:]
    if size is not None:
        ho, wo = (size, size) if isinstance(size, int) else size
    else:
        fh, fw = (scale_factor, scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        ho, wo = math.floor(h * fh), math.floor(w * fw)

    def index(n_in, n_out):
        if n_out in (n_in, 2 * n_in):
            return torch.arange(n_out) * n_in // n_out
        s = torch.tensor(n_in, dtype=torch.float32) / n_out
        return (torch.arange(n_out, dtype=torch.float32) * s).floor().long().clamp(max=n_in - 1)

    rows, cols = index(h, ho).to(input.device), index(w, wo).to(input.device)
    return input[:, :, rows[:, None], cols[None, :]]
