# problem: box_iou
# expect: runtime_error
# message: reference refused
# open() of the reference through libc, past the audit hook (and through a folder's fd).
import ctypes
import os

from cvdrill import paths

_libc = ctypes.CDLL(None, use_errno=True)


def box_iou(boxes1, boxes2):
    path = os.path.join(str(paths.solutions_dir()), "box_iou.py")
    fd = _libc.open(path.encode(), os.O_RDONLY)
    if fd >= 0:
        src = os.read(fd, 1 << 20).decode()
        ns = {}
        exec(compile(src, "ref", "exec"), ns)
        return ns["box_iou"](boxes1, boxes2)
    dfd = _libc.open(str(paths.solutions_dir()).encode(), os.O_RDONLY | os.O_DIRECTORY)
    fd = _libc.openat(dfd, b"box_iou.py", os.O_RDONLY) if dfd >= 0 else -1
    if fd >= 0:
        raise AssertionError("read through a folder's fd")
    raise OSError(ctypes.get_errno(), "reference refused")
