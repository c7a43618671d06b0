# problem: im2col
# expect: runtime_error
# message: not one the worker writes
# Writes a well-formed "timing" record (0.1 ms at every size) into its own result file, then
# takes 0.3 s a call on the large inputs. Times are recorded by the zygote, never the worker.
import os
import struct
import time

from cvdrill.judge import channel

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


for _fd in os.listdir("/proc/self/fd"):
    try:
        _target = os.readlink(f"/proc/self/fd/{_fd}")
    except OSError:
        continue
    if _target.endswith(".result"):
        for _n in (32, 64, 128):
            _data = channel.encode({"type": "timing", "size": _n, "device": "cpu", "seconds": 1e-4, "runs": 3})
            os.write(int(_fd), struct.pack("<Q", len(_data)) + _data)


def im2col(input, kernel_size, dilation=1, padding=0, stride=1):
    if input.shape[-1] >= 32:
        time.sleep(0.3)
    return _im2col(input, kernel_size, dilation, padding, stride)
