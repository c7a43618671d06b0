# problem: im2col
# expect: runtime_error
# message: the judge's store is hidden
# Looks for the judges' stores (/tmp/cvdrill-judge-<uid>/*: every timed input, and the reference's
# answers to them) when imported for the timing and reads whatever it holds: with the inputs
# known in advance, a file could answer them before the clock starts. On the timed inputs it
# hands back right answers if it could read anything, and raises if not.
import ctypes
import os


class _Dirent(ctypes.Structure):
    _fields_ = [("d_ino", ctypes.c_uint64), ("d_off", ctypes.c_int64), ("d_reclen", ctypes.c_ushort),
                ("d_type", ctypes.c_ubyte), ("d_name", ctypes.c_char * 256)]


_libc = ctypes.CDLL(None, use_errno=True)
_libc.opendir.restype = ctypes.c_void_p
_libc.opendir.argtypes = [ctypes.c_char_p]
_libc.readdir.restype = ctypes.POINTER(_Dirent)
_libc.readdir.argtypes = [ctypes.c_void_p]
_libc.closedir.argtypes = [ctypes.c_void_p]


def _names(folder):
    """A folder's entries through libc, past the audit hook (os.listdir is fenced there)."""
    d = _libc.opendir(folder.encode())
    if not d:
        return []
    out = []
    while True:
        e = _libc.readdir(d)
        if not e:
            break
        name = e.contents.d_name.decode()
        if name not in (".", ".."):
            out.append(name)
    _libc.closedir(d)
    return out


_read = []
# every session's store: <tmp>/cvdrill-judge-<uid>/session-*/{plan<N>, job<N>.answers, ...}
_root = f"/tmp/cvdrill-judge-{os.getuid()}"
for _session in _names(_root):
    for _name in _names(os.path.join(_root, _session)):
        _fd = _libc.open(os.path.join(_root, _session, _name).encode(), os.O_RDONLY)
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
