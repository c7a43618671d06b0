"""Kernel-enforced confinement of a worker, applied to itself before it imports the
submission (worker.child): what Python-level guards in the same process cannot promise.

- no_new_privs, so that the two below may be installed without privileges;
- Landlock (Linux 5.13+): files are read-only everywhere except the job's own folder, the
  references cannot be read at all, nor any terminal in /dev, nothing can be executed; from ABI 4 no TCP bind or
  connect, from ABI 6 no signal to a process outside the worker and no abstract socket;
- seccomp: no new process (fork, vfork, clone without CLONE_THREAD, exec), no ptrace or
  process_vm_*, no network socket, no signal to any process but the worker itself,
  no namespaces, bpf, perf or io_uring.

Where the kernel lacks a feature the worker still runs: confine() says what is in force
and `grade --json` reports it. Only the kernel's own interfaces are used (prctl and the
landlock and seccomp system calls through ctypes): nothing to install.
"""
from __future__ import annotations

import ctypes
import functools
import os
import platform
import signal
import struct
from pathlib import Path
from typing import Iterable, Optional

_libc = ctypes.CDLL(None, use_errno=True)
_libc.syscall.restype = ctypes.c_long
_libc.prctl.restype = ctypes.c_int

PR_SET_DUMPABLE = 4
PR_SET_CHILD_SUBREAPER = 36
PR_SET_SECCOMP = 22
PR_SET_NO_NEW_PRIVS = 38
SECCOMP_MODE_FILTER = 2

# ------------------------------------------------------------ landlock

SYS_LANDLOCK_CREATE_RULESET, SYS_LANDLOCK_ADD_RULE, SYS_LANDLOCK_RESTRICT_SELF = 444, 445, 446  # every arch
LANDLOCK_CREATE_RULESET_VERSION = 1
LANDLOCK_RULE_PATH_BENEATH = 1

FS_EXECUTE, FS_WRITE_FILE, FS_READ_FILE, FS_READ_DIR = 1 << 0, 1 << 1, 1 << 2, 1 << 3
FS_WRITES = sum(1 << i for i in range(4, 13))  # remove dir/file, make char/dir/reg/sock/fifo/block/sym
FS_REFER, FS_TRUNCATE, FS_IOCTL_DEV = 1 << 13, 1 << 14, 1 << 15
NET_BIND_TCP, NET_CONNECT_TCP = 1 << 0, 1 << 1
SCOPE_ABSTRACT_UNIX_SOCKET, SCOPE_SIGNAL = 1 << 0, 1 << 1


class _PathBeneath(ctypes.Structure):
    _pack_ = 1
    _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]


def landlock_abi() -> int:
    """The kernel's Landlock ABI version, 0 when it has none (or it is disabled)."""
    v = _libc.syscall(SYS_LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0),
                      ctypes.c_uint32(LANDLOCK_CREATE_RULESET_VERSION))
    return max(int(v), 0)


def _fs_rights(abi: int) -> int:
    rights = FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_READ_DIR | FS_WRITES
    if abi >= 2:
        rights |= FS_REFER
    if abi >= 3:
        rights |= FS_TRUNCATE
    if abi >= 5:
        rights |= FS_IOCTL_DEV
    return rights


def _under(p: Path, root: Path) -> bool:
    return p == root or root in p.parents


def readable_rules(hidden: Iterable[Path], root: Path = Path("/")) -> list[tuple[Path, bool, bool]]:
    """(path, whole, is a folder) triples that grant reading everything under `root` but `hidden` and /dev:
    a path off every hidden one is granted whole; one above a hidden path is granted
    directory listing only (Landlock rights hold for a whole hierarchy, so it is split
    into its children around the hidden path). Computed once per set of hidden paths (the
    zygote asks before it forks, so a worker finds them ready: ~15 ms saved a job)."""
    # /dev is never read whole: a terminal (/dev/pts/N, the user's keystrokes) is no input;
    # _landlock grants the few device files a worker needs one by one
    return _readable_rules(tuple(sorted({str(h) for h in hidden} | {"/dev"})), str(root))


@functools.lru_cache(maxsize=4)
def _readable_rules(hidden_: tuple, root_: str) -> list[tuple[Path, bool, bool]]:
    hidden = [Path(os.path.realpath(h)) for h in hidden_]
    root = Path(root_)
    out: list[tuple[Path, bool, bool]] = []

    def walk(p: Path):
        if any(p == h for h in hidden):
            return
        if not any(_under(h, p) for h in hidden):
            out.append((p, True, p.is_dir()))
            return
        out.append((p, False, True))
        try:
            children = sorted(p.iterdir())
        except OSError:
            return
        for c in children:
            try:
                real = Path(os.path.realpath(c))
            except OSError:
                continue
            if c.is_symlink() and any(_under(h, real) or _under(real, h) for h in hidden):
                continue  # a link into (or above) a hidden folder is left out, not followed
            walk(c)

    walk(root)
    return out


def _landlock(hidden: Iterable[Path], writable: Iterable[Path]) -> dict:
    abi = landlock_abi()
    if abi < 1:
        return {"landlock": None}
    fs = _fs_rights(abi)
    attr = struct.pack("<QQQ", fs, NET_BIND_TCP | NET_CONNECT_TCP if abi >= 4 else 0,
                       SCOPE_ABSTRACT_UNIX_SOCKET | SCOPE_SIGNAL if abi >= 6 else 0)
    size = 8 if abi < 4 else 16 if abi < 6 else 24
    buf = ctypes.create_string_buffer(attr[:size], size)
    ruleset = _libc.syscall(SYS_LANDLOCK_CREATE_RULESET, buf, ctypes.c_size_t(size), ctypes.c_uint32(0))
    if ruleset < 0:
        return {"landlock": None, "landlock_error": os.strerror(ctypes.get_errno())}
    read = FS_READ_FILE | FS_READ_DIR
    write = fs & ~FS_EXECUTE

    def allow(path: Path, rights: int, folder: Optional[bool] = None) -> None:
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            return
        try:
            if not (os.path.isdir(f"/proc/self/fd/{fd}") if folder is None else folder):
                rights &= FS_EXECUTE | FS_WRITE_FILE | FS_READ_FILE | FS_TRUNCATE | FS_IOCTL_DEV  # file rights only
            rule = _PathBeneath(rights & fs, fd)  # a right this kernel does not handle would void the rule
            _libc.syscall(SYS_LANDLOCK_ADD_RULE, ctypes.c_int(ruleset), ctypes.c_int(LANDLOCK_RULE_PATH_BENEATH),
                          ctypes.byref(rule), ctypes.c_uint32(0))
        finally:
            os.close(fd)

    try:
        for path, whole, folder in readable_rules(hidden):
            allow(path, read if whole else FS_READ_DIR, folder)
        for dev in ("/dev/urandom", "/dev/random"):
            allow(Path(dev), FS_READ_FILE)
        for path in writable:
            allow(Path(path), write)
        for dev in ("/dev/null", "/dev/zero"):
            allow(Path(dev), FS_READ_FILE | FS_WRITE_FILE | FS_TRUNCATE)
        # a GPU: the CUDA driver opens its device files read-write and talks to them by ioctl
        gpu = sorted(Path("/dev").glob("nvidia*"))
        for dev in gpu + [Path("/dev/dri"), Path("/dev/shm")]:
            allow(dev, read | FS_WRITE_FILE | FS_IOCTL_DEV | (write if dev.name == "shm" else 0))
        if gpu:
            # the CUDA driver writes to this process's own /proc/<pid>/task files (it names its
            # threads there): without it cuInit fails with "OS call failed" (error 304, seen on
            # an H200); own task files only, never another process's
            allow(Path(f"/proc/{os.getpid()}/task"), FS_READ_FILE | FS_READ_DIR | FS_WRITE_FILE | FS_TRUNCATE)
        if _libc.syscall(SYS_LANDLOCK_RESTRICT_SELF, ctypes.c_int(ruleset), ctypes.c_uint32(0)) < 0:
            return {"landlock": None, "landlock_error": os.strerror(ctypes.get_errno())}
    finally:
        os.close(ruleset)
    return {"landlock": abi, "landlock_net": abi >= 4, "landlock_signals": abi >= 6}


# ------------------------------------------------------------ seccomp

AUDIT_ARCH = {"x86_64": 0xC000003E, "aarch64": 0xC00000B7}
SYSCALLS = {  # the calls the filter looks at, by architecture (None: the architecture has no such call)
    "x86_64": dict(fork=57, vfork=58, execve=59, execveat=322, clone=56, clone3=435, ptrace=101,
                   process_vm_readv=310, process_vm_writev=311, socket=41, kill=62, tkill=200, tgkill=234,
                   rt_sigqueueinfo=129, rt_tgsigqueueinfo=297, pidfd_open=434, pidfd_send_signal=424, unshare=272,
                   setns=308, mount=165, bpf=321, perf_event_open=298, io_uring_setup=425, userfaultfd=323,
                   kcmp=312, pidfd_getfd=438),
    "aarch64": dict(fork=None, vfork=None, execve=221, execveat=281, clone=220, clone3=435, ptrace=117,
                    process_vm_readv=270, process_vm_writev=271, socket=198, kill=129, tkill=130, tgkill=131,
                    rt_sigqueueinfo=138, rt_tgsigqueueinfo=240, pidfd_open=434, pidfd_send_signal=424, unshare=97,
                    setns=268, mount=40, bpf=280, perf_event_open=241, io_uring_setup=425, userfaultfd=282,
                    kcmp=272, pidfd_getfd=438),
}
DENIED = ("fork", "vfork", "execve", "execveat", "ptrace", "process_vm_readv", "process_vm_writev", "tkill",
          "pidfd_open", "pidfd_send_signal", "unshare", "setns", "mount", "bpf", "perf_event_open", "io_uring_setup",
          "userfaultfd", "kcmp", "pidfd_getfd")
SIGNALS_TO_SELF = ("kill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")  # allowed when the target is the worker
CLONE_THREAD = 0x00010000
AF_UNIX = 1
EPERM, ENOSYS = 1, 38

RET_ALLOW = 0x7FFF0000
RET_ERRNO = 0x00050000
LD_W_ABS, JEQ_K, JSET_K, RET_K = 0x20, 0x15, 0x45, 0x06
NR, ARCH, ARG0 = 0, 4, 16  # offsets in struct seccomp_data (the low half of args[0] on little-endian)


def _filter(arch: str, me: int) -> list[tuple[int, int, int, int]]:
    """The BPF program: (code, jt, jf, k), jumps as relative offsets."""
    nr = {k: v for k, v in SYSCALLS[arch].items() if v is not None}
    prog: list = []
    labels: dict = {}

    def op(code, k=0, jt=None, jf=None):
        prog.append([code, jt, jf, k])

    op(LD_W_ABS, ARCH)
    op(JEQ_K, AUDIT_ARCH[arch], jt=0, jf="allow")  # another ABI (e.g. x32): left to the kernel
    op(LD_W_ABS, NR)
    for name in DENIED:
        if name in nr:
            op(JEQ_K, nr[name], jt="deny", jf=0)
    op(JEQ_K, nr["clone3"], jt="nosys", jf=0)  # glibc then falls back to clone, checked below
    op(JEQ_K, nr["clone"], jt="clone", jf=0)
    op(JEQ_K, nr["socket"], jt="socket", jf=0)
    for name in SIGNALS_TO_SELF:
        op(JEQ_K, nr[name], jt="signal", jf=0)
    op(RET_K, RET_ALLOW)
    labels["clone"] = len(prog)
    op(LD_W_ABS, ARG0)
    op(JSET_K, CLONE_THREAD, jt="allow", jf="deny")
    labels["socket"] = len(prog)
    op(LD_W_ABS, ARG0)
    op(JEQ_K, AF_UNIX, jt="allow", jf="deny")
    labels["signal"] = len(prog)
    op(LD_W_ABS, ARG0)
    op(JEQ_K, me, jt="allow", jf="deny")
    labels["allow"] = len(prog)
    op(RET_K, RET_ALLOW)
    labels["deny"] = len(prog)
    op(RET_K, RET_ERRNO | EPERM)
    labels["nosys"] = len(prog)
    op(RET_K, RET_ERRNO | ENOSYS)
    out = []
    for i, (code, jt, jf, k) in enumerate(prog):
        rel = lambda t: 0 if t is None else t if isinstance(t, int) else labels[t] - i - 1  # noqa: E731
        out.append((code, rel(jt), rel(jf), k))
    return out


class _SockFilter(ctypes.Structure):
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32)]


class _SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_uint16), ("filter", ctypes.POINTER(_SockFilter))]


def _seccomp() -> dict:
    arch = platform.machine()
    if arch not in SYSCALLS:
        return {"seccomp": False, "seccomp_error": f"no filter for {arch}"}
    prog = _filter(arch, os.getpid())
    arr = (_SockFilter * len(prog))(*[_SockFilter(c, jt, jf, k) for c, jt, jf, k in prog])
    fprog = _SockFprog(len(prog), arr)
    if _libc.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        return {"seccomp": False, "seccomp_error": os.strerror(ctypes.get_errno())}
    return {"seccomp": True}


# ------------------------------------------------------------ together


def no_dump() -> bool:
    """This process non-dumpable: its /proc/<pid>/fd and /proc/<pid>/mem are closed to
    processes without CAP_SYS_PTRACE (the judge and the zygote call it on themselves)."""
    return _libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0


def confine(hidden: Iterable[Path], writable: Iterable[Path]) -> dict:
    """Confine this process (and whatever it starts) for good; returns what is in force.
    CVDRILL_SANDBOX=off (read by the judge, passed in the job) skips it, to tell a fault of
    the sandbox from one of the code."""
    if os.environ.get("CVDRILL_SANDBOX", "").lower() == "off":
        return {"off": "CVDRILL_SANDBOX=off", "no_new_privs": False, "landlock": None, "seccomp": False}
    state = {"no_new_privs": _libc.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) == 0}
    if not state["no_new_privs"]:
        return dict(state, landlock=None, seccomp=False)
    try:
        state.update(_landlock(list(hidden), list(writable)))
    except OSError as e:
        state.update(landlock=None, landlock_error=str(e))
    state.update(_seccomp())
    return state


def subreaper() -> bool:
    """Make this process (the zygote) the parent of every orphan below it: a process a
    worker started (where seccomp is missing and fork got through) comes back to it when the
    worker ends, whatever its process group or session, and is killed there (reap_strays)."""
    return _libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0


def reap_strays() -> int:
    """Kill and reap every child this process still has (between jobs it should have none);
    the number killed. Repeats until none is left: a stray's own children come back here
    when it dies."""
    me, killed = os.getpid(), 0
    for _ in range(100):
        try:
            kids = [int(k) for k in open(f"/proc/{me}/task/{me}/children").read().split()]
        except (OSError, ValueError):
            return killed
        if not kids:
            return killed
        for k in kids:
            try:
                os.kill(k, signal.SIGKILL)
            except ProcessLookupError:
                pass
        for k in kids:
            try:
                os.waitpid(k, 0)
            except ChildProcessError:
                pass
        killed += len(kids)
    return killed
