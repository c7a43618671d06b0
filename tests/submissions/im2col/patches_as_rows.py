# expect: wrong_answer
# variant: one patch per row ([N, L, C*kh*kw])
# Each receptive field flattened into a row, [N, L, C*kh*kw], ready for `patches @ weight.T`: the
# transpose of F.unfold's [N, C*kh*kw, L].
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c = input.shape[:2]
    x = F.pad(input, (pw, pw, ph, ph))
    win = x.unfold(2, dh * (kh - 1) + 1, sh).unfold(3, dw * (kw - 1) + 1, sw)[..., ::dh, ::dw]  # [N,C,Ho,Wo,kh,kw]
    ho, wo = win.shape[2], win.shape[3]
    return win.permute(0, 2, 3, 1, 4, 5).reshape(n, ho * wo, c * kh * kw)
