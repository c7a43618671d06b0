# problem: im2col
# expect: wrong_answer
# message: timed run \d+: .*fresh input of the same size
# Computes each large input's answer once and hands the remembered one back on every later
# call of that shape: timed on one input repeated, it would look as fast as a lookup.
_seen = {}


def _im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    import torch.nn.functional as F
    pair = lambda v: (v, v) if isinstance(v, int) else tuple(v)
    (kh, kw), (dh, dw), (ph, pw), (sh, sw) = map(pair, (kernel_size, dilation, padding, stride))
    n, c = input.shape[:2]
    x = F.pad(input, (pw, pw, ph, ph))
    win = x.unfold(2, dh * (kh - 1) + 1, sh).unfold(3, dw * (kw - 1) + 1, sw)
    win = win[..., ::dh, ::dw]
    ho, wo = win.shape[2], win.shape[3]
    return win.permute(0, 1, 4, 5, 2, 3).reshape(n, c * kh * kw, ho * wo)


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    if input.shape[-1] < 32:
        return _im2col(input, kernel_size, dilation, padding, stride)
    key = tuple(input.shape)
    if key not in _seen:
        _seen[key] = _im2col(input, kernel_size, dilation, padding, stride)
    return _seen[key]
