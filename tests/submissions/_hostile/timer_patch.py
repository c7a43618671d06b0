# problem: im2col
# expect: time_limit_exceeded
# message: slower than the reference
# Stops every clock this process can read, then takes 0.3 s a call on the large inputs: a
# judge that timed the call inside the worker would measure 0 s.
import time

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


_frozen = time.perf_counter()
for _name in ("perf_counter", "monotonic", "time", "process_time", "thread_time"):
    setattr(time, _name, lambda: _frozen)
    setattr(time, _name + "_ns", lambda: int(_frozen * 1e9))


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    if input.shape[-1] >= 32:
        time.sleep(0.3)
    return _im2col(input, kernel_size, dilation, padding, stride)
