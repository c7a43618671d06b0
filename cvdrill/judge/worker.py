"""The worker side: a warm zygote forked from the judge (numpy and torch already
imported, no reference ever loaded, CUDA not initialised), which forks one child per job.

The child fences itself (no reading the references, no processes), sets its limits,
imports the submission, runs every case through the problem's driver and writes each
answer to a result file as a framed record (see channel.py). The judge reads that file
after the child has ended, however it ended.
"""
from __future__ import annotations

import importlib
import inspect
import io
import json
import mmap
import os
import resource
import signal
import struct
import sys
import time
import traceback
from pathlib import Path
from typing import Callable

from . import channel

OUTPUT_CAP = 1 << 20  # bytes of stdout+stderr a submission may write
PRELOAD_AUTOGRAD = True  # set by the Pool before it forks the zygote, or by serve (see zygote)


class _Capped(io.TextIOBase):
    """sys.stdout / sys.stderr of a submission: the first `left[0]` characters (a budget
    the two streams share) reach the output file, the rest is dropped without an error, so
    that printing never changes a verdict (a file grown past RLIMIT_FSIZE would raise
    "File too large" inside the user's function)."""

    def __init__(self, raw, left: list, bytes_=False):
        self._raw, self._left, self._bytes = raw, left, bytes_

    def write(self, s):
        if self._left[0] > 0:
            part = s[: self._left[0]]
            self._raw.write(part)
            self._left[0] -= len(part)
        return len(s)

    def writable(self):
        return True

    def isatty(self):
        return False

    def flush(self):
        self._raw.flush()

    def fileno(self):
        return self._raw.fileno()

    @property
    def encoding(self):
        return "utf-8"

    @property
    def buffer(self):
        if self._bytes:
            raise AttributeError("buffer")
        return _Capped(getattr(self._raw, "buffer", self._raw), self._left, bytes_=True)


# ------------------------------------------------------------ records


def write_record(fd: int, rec: dict) -> None:
    try:
        data = channel.encode(rec)
    except Exception as e:  # a value that cannot even be inspected
        rec = {k: v for k, v in rec.items() if k != "value"}
        rec["value_error"] = f"{type(e).__name__}: {e}"
        data = channel.encode(rec)
    os.write(fd, struct.pack("<Q", len(data)) + data)


def count_records(path: str) -> int:
    """How many whole records a running worker has written (their headers only, nothing
    decoded): the judge's progress display polls it."""
    n = 0
    try:
        with open(path, "rb") as f:
            while True:
                head = f.read(8)
                if len(head) < 8:
                    return n
                (size,) = struct.unpack("<Q", head)
                f.seek(size, 1)
                if f.tell() > os.fstat(f.fileno()).st_size:
                    return n
                n += 1
    except OSError:
        return n


def read_records(path: str) -> list[dict]:
    out = []
    try:
        data = open(path, "rb").read()
    except OSError:
        return out
    pos = 0
    while pos + 8 <= len(data):
        (n,) = struct.unpack_from("<Q", data, pos)
        if pos + 8 + n > len(data):
            break  # a record cut off by a kill
        try:
            out.append(channel.decode(data[pos + 8: pos + 8 + n]))
        except Exception:
            break
        pos += 8 + n
    return out


# ------------------------------------------------------------ zygote


def die_with_parent(parent: int) -> None:
    """SIGKILL this process when `parent` ends (Linux), so that a judge that is killed or
    interrupted mid-grade leaves no zygote and no submission spinning behind it."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it ended before the line above took effect
        os._exit(0)


def zygote(job_fd: int, event_fd: int, parent: int) -> None:
    """Serve jobs forever: one JSON line in, fork, report the child's pid and its end."""
    die_with_parent(parent)
    from . import guard, sandbox

    sandbox.no_dump()  # its /proc/<pid>/fd (the event pipe) and mem closed to a worker
    sandbox.subreaper()  # a worker's orphans come back here, to be killed after its job
    if "torch" in sys.modules and PRELOAD_AUTOGRAD:
        # torch's first backward() imports symbolic_shapes and with it sympy (0.7 s): once
        # here, not in every forked child; skipped when the session grades no problem
        # that calls backward()
        import torch.fx.experimental.symbolic_shapes  # noqa: F401
    me = os.getpid()
    jobs = os.fdopen(job_fd, "r")
    events = os.fdopen(event_fd, "w", buffering=1)
    warm = False
    for line in jobs:
        job = json.loads(line)
        if job.get("watch_ops") and not warm and "torch" in sys.modules:
            _warm_op_watch()  # 1.3 s the first time a dispatch mode runs: here once, not in each worker
            warm = True
        if not job.get("trusted"):
            sandbox.readable_rules([Path(p) for p in job["secrets"]])  # once, for every worker to come
        # the problem's module (never its reference) and what its forbidden list will patch,
        # found once here rather than in every worker (see guard.prepare_runtime)
        try:
            guard.prepare_runtime(importlib.import_module(f"cvdrill.problems.{job['slug']}").PROBLEM.forbidden)
        except Exception:  # the worker meets the same error and reports it
            pass
        timed = job.get("timing")
        if timed:
            # the plan (every timed input) is unlinked before the fork: no worker can open it,
            # and the child closes its copy of the fd before any submission code runs
            plan_fd = os.open(timed["plan"], os.O_RDONLY)
            os.unlink(timed["plan"])
            go_r, go_w = os.pipe()
            back_r, back_w = os.pipe()
            shm = mmap.mmap(-1, sum(shared_sizes(job)))  # shared with the child (MAP_SHARED)
        pid = os.fork()
        if pid == 0:
            die_with_parent(me)
            jobs.close()
            events.close()
            if timed:
                for fd in (plan_fd, go_w, back_r):
                    os.close(fd)
                job.update(go=go_r, back=back_w, shm=shm)
            try:
                child(job)
            finally:
                os._exit(70)
        events.write(json.dumps({"pid": pid}) + "\n")
        if timed:
            os.close(go_r)
            os.close(back_w)
            try:
                conduct(job, plan_fd, go_w, back_r, shm)
            finally:
                for fd in (plan_fd, go_w, back_r):
                    os.close(fd)
                shm.close()
        _, status = os.waitpid(pid, 0)
        if os.WIFSIGNALED(status):
            end = {"signal": os.WTERMSIG(status)}
        else:
            end = {"exit": os.WEXITSTATUS(status)}
        sandbox.reap_strays()
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        end["maxrss_kb"] = usage.ru_maxrss
        events.write(json.dumps(end) + "\n")
    os._exit(0)


def serve(job_fd: int, event_fd: int, need_torch: bool, parent: int, autograd: bool = True) -> None:
    """The zygote in a fresh interpreter (see run._spawn_zygote)."""
    global PRELOAD_AUTOGRAD
    PRELOAD_AUTOGRAD = autograd
    if need_torch:
        import torch  # noqa: F401  (once, before any fork)
    zygote(job_fd, event_fd, parent)


# ------------------------------------------------------------ child


def _user_tb(exc: BaseException, path: str) -> str:
    """The traceback, keeping the submission's frames (and the final error line)."""
    tb = traceback.extract_tb(exc.__traceback__)
    mine = [f for f in tb if os.path.realpath(f.filename) == path]
    lines = traceback.format_list(mine[-6:]) if mine else []
    lines += traceback.format_exception_only(type(exc), exc)
    return "".join(lines).rstrip()


def _limits(job: dict) -> None:
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    if job.get("memory_mb") and "cuda" not in job["devices"]:
        # CUDA reserves a huge address space, so the cap only holds on the CPU.
        with open("/proc/self/statm") as f:
            vsize = int(f.read().split()[0]) * resource.getpagesize()
        cap = vsize + job["memory_mb"] * (1 << 20)
        resource.setrlimit(resource.RLIMIT_AS, (cap, cap))


def _to_device(value, kind: str, device: str):
    import numpy as np

    if kind != "torch":
        return value.copy() if isinstance(value, np.ndarray) else value
    import torch

    if isinstance(value, np.ndarray):
        return torch.from_numpy(value.copy()).to(device)
    if isinstance(value, tuple):
        return tuple(_to_device(v, kind, device) for v in value)
    if isinstance(value, list):
        return [_to_device(v, kind, device) for v in value]
    return value


def _full_fp32() -> None:
    """cuDNN runs float32 convolutions in TF32 (a 10-bit mantissa) by default: an answer
    built from other, equivalent operations than the reference's would then differ by
    ~1e-3. On the GPU both sides run in full float32."""
    import torch

    torch.backends.cudnn.allow_tf32 = False
    torch.backends.cuda.matmul.allow_tf32 = False


DEVICE = "cpu"  # the device of the case being prepared, for drivers whose case holds no tensor


def prepare(case: dict, kind: str, device: str):
    global DEVICE
    DEVICE = device
    if kind == "torch" and device.startswith("cuda"):
        _full_fp32()
    args = tuple(_to_device(a, kind, device) for a in case["args"])
    kwargs = {k: _to_device(v, kind, device) for k, v in case["kwargs"].items()}
    return args, kwargs


def sync(device: str) -> None:
    if device.startswith("cuda"):
        import torch

        torch.cuda.synchronize()


def time_call(once: Callable[[], float], budget: float, max_runs: int = 15, give_up: float | None = None,
              min_runs: int = 3, clear_above: float | None = None, decided: bool = False,
              first_may_lag: bool = False) -> list[float]:
    """The stopping rules of a timing: `once()` makes one run and returns its seconds (it
    raises StopIteration when it has no input left). Warm up once, then run until `budget`
    seconds (at least `min_runs` runs) or `max_runs` runs; the times. A warm-up slower than
    `give_up` seconds ends it (the verdict is clear): at once when it is over 4x give_up,
    else when a second run is over give_up too.

    A warm-up slower than budget / 4 counts as a run: one-time costs are small beside it,
    and the lower median the caller takes drops one slow run anyway. Two runs both over
    `clear_above`, each so slow that the budget would stop at `min_runs` runs, end it (for
    min_runs = 3): the lower median of those runs is over `clear_above` whatever the third
    would measure. `decided` (the largest size, when a smaller one was already over the
    limit): one run over give_up, or over clear_above, is enough to end it (a second
    measurement agreeing). `first_may_lag` (a GPU: cuBLAS, cuDNN and the kernels load on
    their first use): a first run never decides alone."""
    times: list[float] = []
    t_end = None
    try:
        for i in range(max_runs + 1):
            t0 = time.perf_counter()
            dt = once()
            if i == 0 and give_up is not None and dt > give_up:
                if (dt > 4 * give_up or decided) and not first_may_lag:
                    return [dt]  # far over: no spike of a loaded machine is that large
                # near it, a single first call (one-time costs, a burst of load) is not enough
                # to give up: the faster of two runs decides
                again = once()
                if min(dt, again) > give_up:
                    return [min(dt, again)]
                times.append(again)
            if i > 0 or dt > budget / 4:
                times.append(dt)
            if t_end is None:
                t_end = t0 + budget
            if time.perf_counter() > t_end and len(times) >= min_runs:
                break
            # of min_runs runs the lower median is over clear_above once this many are
            over = 1 if decided else min_runs - (min_runs - 1) // 2
            if (clear_above is not None and len(times) >= over and min(times) > clear_above
                    and min(times) * min_runs >= budget):
                break
    except StopIteration:  # every fresh input used
        pass
    return times


# ------------------------------------------------------------ timing, from outside the worker
#
# The zygote times each run of a timed job, not the worker: it puts a fresh input (one the
# worker has never seen: the plan file is unlinked before the fork, its fd closed in the
# child) into memory it shares with the worker, says so on a pipe, and stops its clock when
# the worker says the whole answer is in the shared memory too. So a patched timer, a
# forged record or an answer remembered from the previous run win nothing: the zygote
# copies every answer where the worker cannot write, and the judge checks each one. (The
# shared memory spares the copies a pipe would make: a 4 MB image in and out costs ~3 ms
# instead of ~20, which would hide a slow kernel behind the transport of a fast one.)

ANSWER_MIN = 64 << 20  # bytes of shared memory for an answer, at least (8x the input's otherwise)


def shared_sizes(job: dict) -> tuple[int, int]:
    """(input area, answer area) of a timed job's shared memory."""
    n_in = max(length for t in job["timing"]["sizes"] for _, length in t["inputs"])
    return n_in, max(ANSWER_MIN, 8 * n_in)


def read_exact(fd: int, n: int) -> bytes | None:
    """n bytes, or None at the end of the pipe."""
    parts, left = [], n
    while left:
        chunk = os.read(fd, left)
        if not chunk:
            return None
        parts.append(chunk)
        left -= len(chunk)
    return b"".join(parts)


class _Gone(Exception):
    """The worker ended, or sent what the protocol does not allow."""


class _Failed(Exception):
    """The submission raised on a timed input (its message is among the answers)."""


def conduct(job: dict, plan_fd: int, go: int, back: int, shm) -> None:
    """Time a job's sizes, as the zygote, while its worker answers (see above). Writes a
    "timing_ready" record, then one "timing" (or "timing_error") record per size, each with
    where its answers lie in the answers file: [input index, offset, length]."""
    n_in, n_out = shared_sizes(job)
    view = memoryview(shm)
    out = os.open(job["timing_out"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    answers = open(job["answers"], "wb")
    try:
        if read_exact(back, 1) != b"+":
            return
        write_record(out, {"type": "timing_ready"})
        decided = bool(job["timing"].get("decided"))  # a smaller size's median was over the limit
        far = False  # ... over twice the limit
        for t in job["timing"]["sizes"]:
            inputs = iter(enumerate(t["inputs"]))
            got: list = []

            def once():
                k, (off, length) = next(inputs)  # StopIteration: every input used
                data = os.pread(plan_fd, length, off)
                t0 = time.perf_counter()
                view[:length] = data
                os.write(go, struct.pack("<Q", length))
                head = read_exact(back, 9)
                dt = time.perf_counter() - t0
                if head is None:
                    raise _Gone
                kind, (n,) = head[:1], struct.unpack("<Q", head[1:])
                if kind not in (b"R", b"E") or not 0 < n <= n_out:
                    raise _Gone
                got.append([k, answers.tell(), n + 1])
                answers.write(kind)
                answers.write(view[n_in:n_in + n])
                if kind == b"E":
                    raise _Failed
                return dt
            give_up = t.get("give_up")
            # only at the largest size (where the ratio is judged): an honest loop can be over
            # the limit on the small sizes, where its per-step overhead weighs most
            last = t is job["timing"]["sizes"][-1]
            clear = t.get("clear_above")
            if last and far and clear is not None:
                # a smaller size's median already over twice the limit: one run over the limit
                # itself settles the largest (a pixel loop 1.5-2x over, run by run 2 s, need not
                # run three times); a ratio within 1.5x of the limit is timed again, reference
                # included (run.py), so one run decides alone only from 1.5x over
                clear = t["over"]
            try:
                times = time_call(once, budget=t["budget"], max_runs=t["max_runs"], give_up=give_up,
                                  min_runs=t["min_runs"], clear_above=clear, decided=decided and last,
                                  first_may_lag=t["device"].startswith("cuda"))
            except _Failed:
                answers.flush()
                write_record(out, {"type": "timing_error", "size": t["size"], "device": t["device"], "answers": got})
                break
            answers.flush()
            if not times:
                break
            times.sort()
            med = times[(len(times) - 1) // 2]  # the lower median: of 2 runs the faster, not a spike
            write_record(out, {"type": "timing", "size": t["size"], "device": t["device"], "seconds": med,
                               "runs": len(times), "answers": got})
            if give_up is not None and med > give_up:
                break
            decided = decided or (t.get("over") is not None and med > t["over"])
            far = far or (t.get("over") is not None and med > 2 * t["over"])
        os.write(go, struct.pack("<Q", 0))
    except (OSError, _Gone):
        pass  # the worker is gone (killed, crashed): the judge hears how from its end
    finally:
        view.release()
        answers.close()
        os.close(out)


def serve_timing(problem, fn, path: str, job: dict) -> None:
    """The worker's side: answer each input the zygote puts in the shared memory, until it
    sends a length of 0."""
    go, back, shm = job["go"], job["back"], job["shm"]
    n_in, n_out = shared_sizes(job)
    view = memoryview(shm)
    for device in job["devices"]:
        if device.startswith("cuda"):
            # the CUDA context (a few hundred ms) before the clock starts, not in the first run
            import torch

            torch.zeros(1, device=device).add_(1)
            torch.cuda.synchronize(device)
    os.write(back, b"+")
    while True:
        head = read_exact(go, 8)
        (n,) = struct.unpack("<Q", head) if head else (0,)
        if not 0 < n <= n_in:
            return
        try:
            c = channel.decode(view[:n])
            args, kwargs = prepare(c, problem.kind, c["device"])
            kind, parts = b"R", channel.encode_parts(problem.run(fn, args, kwargs))
            size = sum(memoryview(p).nbytes for p in parts)
            if size > n_out:
                raise MemoryError(f"the answer takes {size >> 20} MiB, more than a timed run can hand back "
                                  f"({n_out >> 20} MiB)")
        except BaseException as e:
            kind = b"E"
            parts = [json.dumps({"memory": _is_memory(e), "message": _user_tb(e, path)}).encode()[:n_out]]
        pos = n_in
        for p in parts:
            m = memoryview(p).cast("B") if not isinstance(p, bytes) else p
            view[pos:pos + len(m)] = m
            pos += len(m)
        os.write(back, kind + struct.pack("<Q", pos - n_in))


def _warm_op_watch() -> None:
    import torch

    x = torch.ones(2, requires_grad=True)
    with _op_watch(()):
        y = torch.relu(x).sum()
        # where a GPU is present, a backward here starts autograd's device threads and
        # initialises CUDA, and no forked worker could then use either ("Unable to handle
        # autograd's threading in combination with fork", "CUDA error: initialization error",
        # seen on an H200): the forward alone there
        if not torch.cuda.device_count():
            y.backward()


def _op_watch(names):
    """A TorchDispatchMode that notes every operator in `names` the submission runs: below
    autograd, so neither a private path (torch.ops.aten, torch._C) nor a getattr game hides
    it. Correctness cases only (it costs a Python call per operator)."""
    from torch.utils._python_dispatch import TorchDispatchMode

    names = frozenset(names)

    class Watch(TorchDispatchMode):
        hits: list = []

        def __torch_dispatch__(self, func, types, args=(), kwargs=None):
            name = func._schema.name
            if name in names:
                self.hits.append(name)
            return func(*args, **(kwargs or {}))

    w = Watch()
    w.hits = []
    return w


def _is_memory(e: BaseException) -> bool:
    """numpy's MemoryError under the address-space cap, torch's CPU or CUDA out of memory."""
    return isinstance(e, MemoryError) or "can't allocate memory" in str(e) or "out of memory" in str(e)


def child(job: dict) -> None:
    out_fd = os.open(job["result"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    log_fd = os.open(job["output"], os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    os.dup2(log_fd, 1)
    os.dup2(log_fd, 2)
    left = [OUTPUT_CAP // 16]  # 64 KiB shared by both streams; the judge shows the first 4
    sys.stdout = _Capped(os.fdopen(1, "w", buffering=1, closefd=False), left)
    sys.stderr = _Capped(os.fdopen(2, "w", buffering=1, closefd=False), left)
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)  # nothing to read: the terminal is the user's
    sys.stdin = open(os.devnull)
    try:
        os.setsid()  # a session of its own: no controlling terminal, out of the judge's group
    except OSError:
        pass
    import faulthandler

    faulthandler.enable(file=sys.stderr)  # a crash leaves its Python traceback in the output
    resource.setrlimit(resource.RLIMIT_FSIZE, (OUTPUT_CAP * 64, OUTPUT_CAP * 64))
    _limits(job)

    from . import guard

    problem = importlib.import_module(f"cvdrill.problems.{job['slug']}").PROBLEM
    cases = channel.decode(open(job["cases"], "rb").read())
    if "torch" in sys.modules:
        import torch

        torch.set_num_threads(1)
    guard.install_runtime(problem.forbidden)
    if not job.get("trusted"):
        guard.install_fence(*job["secrets"])
    rec = lambda **r: write_record(out_fd, r)  # noqa: E731
    # the kernel's own fences, before any of the submission's code runs (the reference,
    # timed in a worker of its own, runs under the same ones but may read itself)
    from . import sandbox

    os.environ["TMPDIR"] = job["scratch"]
    hidden = [] if job.get("trusted") else [Path(p) for p in job["secrets"]]
    rec(type="sandbox", **sandbox.confine(hidden, [Path(job["scratch"])]))

    path = os.path.realpath(job["file"])
    try:
        spec = importlib.util.spec_from_file_location("submission", path)
        module = importlib.util.module_from_spec(spec)
        sys.modules["submission"] = module
        sys.path.insert(0, os.path.dirname(path))
        spec.loader.exec_module(module)
    except guard.ForbiddenCall as e:
        rec(type="forbidden", name=str(e))
        os._exit(0)
    except BaseException as e:
        rec(type="import_error", message=_user_tb(e, path))
        os._exit(0)
    fn = getattr(module, problem.entry, None)
    if fn is None or not callable(fn):
        rec(type="missing", message=f"the file defines no function {problem.entry}")
        os._exit(0)
    try:
        sig = inspect.signature(fn)
        first = cases["correct"][0] if cases["correct"] else None
        if first is not None:
            sig.bind(*first["args"], **first["kwargs"])
        for c in cases["correct"]:
            sig.bind(*c["args"], **c["kwargs"])
    except TypeError as e:
        rec(type="signature", message=f"{problem.entry}{sig} cannot be called as the contract says: {e}")
        os._exit(0)
    except ValueError:
        pass
    rec(type="ready")

    watch = _op_watch(problem.forbidden_ops) if problem.forbidden_ops and "torch" in sys.modules else None
    for device in job["devices"]:
        for i, case in enumerate(cases["correct"]):
            rec(type="begin", index=i, device=device)
            try:
                args, kwargs = prepare(case, problem.kind, device)
                t0 = time.perf_counter()
                value = problem.run(fn, args, kwargs)
                sync(device)
                dt = time.perf_counter() - t0
                if watch is not None:
                    # once more under the operator watch, on fresh inputs: the answer judged
                    # is the one above (a dispatch mode can change how autograd's edge cases
                    # come out, e.g. a nan gradient), this run only says which operators ran
                    try:
                        a2, k2 = prepare(case, problem.kind, device)
                        with watch:
                            problem.run(fn, a2, k2)
                    except Exception:
                        pass
                    if watch.hits:
                        rec(type="forbidden", name=f"the operator {watch.hits[0]} (what a forbidden function runs, "
                                                   f"however it is reached)")
                        os._exit(0)
            except guard.ForbiddenCall as e:
                rec(type="forbidden", name=str(e))
                os._exit(0)
            except MemoryError:
                rec(type="error", index=i, device=device, memory=True,
                    message="MemoryError: the memory limit was reached")
                continue
            except BaseException as e:
                rec(type="error", index=i, device=device, memory=_is_memory(e), message=_user_tb(e, path))
                continue
            if guard.HITS:
                rec(type="forbidden", name=f"{guard.HITS[0]} is forbidden in this problem")
                os._exit(0)
            rec(type="result", index=i, device=device, value=value, seconds=dt)
    rec(type="correct_done")

    # Timing: only asked for when every answer was right; the zygote times it (see conduct)
    if job.get("go") is not None:
        try:
            serve_timing(problem, fn, path, job)
        except OSError:
            pass
    rec(type="done")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)
