# expect: accepted
# Tensor.unfold twice (a sliding-window view over H, then W), with the dilation taken by
# slicing a window of size d*(k-1)+1, then one permute into (c, ki, kj) x (i, j).
import torch.nn.functional as F


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c = input.shape[:2]
    x = F.pad(input, (pw, pw, ph, ph))
    win = x.unfold(2, dh * (kh - 1) + 1, sh).unfold(3, dw * (kw - 1) + 1, sw)  # [N, C, Ho, Wo, eh, ew]
    win = win[..., ::dh, ::dw]  # [N, C, Ho, Wo, kh, kw]
    ho, wo = win.shape[2], win.shape[3]
    return win.permute(0, 1, 4, 5, 2, 3).reshape(n, c * kh * kw, ho * wo)
