# expect: wrong_answer
# Right values, computed in numpy and wrapped back: autograd cannot see through it, so
# input.grad stays None.
# message: grad is None
import numpy as np
import torch


def conv_transpose2d(input, weight, bias=None, stride=1, padding=0, output_padding=0):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (sh, sw), (ph, pw), (oh, ow) = pair(stride), pair(padding), pair(output_padding)
    x, wt = input.detach().cpu().numpy(), weight.detach().cpu().numpy()
    n, c, h, w = x.shape
    c_out, kh, kw = wt.shape[1:]
    full = np.zeros((n, c_out, (h - 1) * sh + kh + oh, (w - 1) * sw + kw + ow), x.dtype)
    for u in range(kh):
        for v in range(kw):
            full[:, :, u: u + (h - 1) * sh + 1: sh, v: v + (w - 1) * sw + 1: sw] += np.einsum(
                "nchw,co->nohw", x, wt[:, :, u, v])
    out = torch.from_numpy(full[:, :, ph: full.shape[2] - ph, pw: full.shape[3] - pw].copy()).to(input.device)
    if bias is not None:
        out = out + bias.view(1, -1, 1, 1)
    return out
