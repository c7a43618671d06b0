# expect: accepted
# The indices computed in numpy with explicit float32 arithmetic, then two index_select calls.
import math

import numpy as np
import torch


def _index(n_in, n_out, factor):
    if n_out == n_in:
        return np.arange(n_out)
    if n_out == 2 * n_in:
        return np.arange(n_out) // 2
    scale = np.float32(1.0 / factor) if factor is not None else np.float32(n_in) / np.float32(n_out)
    return np.minimum(np.floor(np.arange(n_out, dtype=np.float32) * scale).astype(np.int64), n_in - 1)


def upsample_nearest(input, size=None, scale_factor=None):
    h, w = input.shape[-2:]
    if size is not None:
        ho, wo = (size, size) if isinstance(size, int) else size
        fh = fw = None
    else:
        fh, fw = (scale_factor, scale_factor) if isinstance(scale_factor, (int, float)) else scale_factor
        ho, wo = math.floor(h * fh), math.floor(w * fw)
    rows = torch.from_numpy(_index(h, ho, fh)).to(input.device)
    cols = torch.from_numpy(_index(w, wo, fw)).to(input.device)
    return input.index_select(2, rows).index_select(3, cols)
