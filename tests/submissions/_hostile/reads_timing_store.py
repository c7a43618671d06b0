# problem: im2col
# expect: runtime_error
# message: the judge's store is hidden
# Looks for the judge's store (/tmp/cvdrill-judge-*: every timed input, and the reference's
# answers to them) when imported for the timing and reads whatever it holds: with the inputs
# known in advance, a file could answer them before the clock starts. On the timed inputs it
# hands back right answers if it could read anything, and raises if not.
import ctypes
import glob
import os

_libc = ctypes.CDLL(None, use_errno=True)
_read = []
# through libc, past the audit hook; the names are the judge's own (plan<N>, job<N>.answers)
for _d in glob.glob("/tmp/cvdrill-judge-*"):
    for _name in [f"plan{i}" for i in range(64)] + [f"job{i}.answers" for i in range(64)]:
        _fd = _libc.open(os.path.join(_d, _name).encode(), os.O_RDONLY)
        if _fd >= 0:
            _read.append(os.read(_fd, 16))
            os.close(_fd)


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
    if input.shape[-1] >= 64 and not _read:  # the timed inputs (the cases are smaller)
        raise PermissionError("the judge's store is hidden")
    return _im2col(input, kernel_size, dilation, padding, stride)
