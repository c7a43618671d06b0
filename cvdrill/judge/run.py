"""The judge: grade a file's functions against the hidden references.

Flow per problem: static scan (forbidden calls) -> cases from a seeded generator ->
expected answers from the reference, in this process, on its own copy of the inputs ->
a forked worker runs the submission on the same cases -> compare here -> shrink a failing
random case -> for timed problems, time the reference here and the submission there on
the same large inputs, and take the ratio of medians.
"""
from __future__ import annotations

import ast
import importlib
import importlib.util
import itertools
import json
import os
import re
import select
import signal
import stat
import tempfile
import time
import zlib
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Callable, Optional

import numpy as np

from .. import paths
from . import channel, guard, spec
from .worker import count_records, prepare, read_records, zygote

DEFAULT_SEED = 2026
VERDICTS = ("accepted", "wrong_answer", "time_limit_exceeded", "memory_limit_exceeded",
            "runtime_error", "forbidden", "invalid_submission")
SMALL = 48  # inputs with at most this many values are shown in full
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # all but tab and newline
MIB = 1 << 20
PAGE = os.sysconf("SC_PAGE_SIZE")
_JOBS = itertools.count()  # names of timed jobs' files in a Judge's store
CUDA_HOST_MB = 4096  # host memory a CUDA context may add to a worker (driver, cuDNN, cuBLAS)


@dataclass
class Result:
    problem: str
    verdict: str
    passed: int = 0
    total: int = 0
    time_ratio: Optional[float] = None
    message: str = ""
    failing_case: Optional[dict] = None
    timing: list = field(default_factory=list)  # [{"size", "device", "user_s", "ref_s"}]
    output: str = ""  # what the submission printed (capped)
    # the failing case whole, however large: {"inputs": {param: value}, "expected", "got"}
    # as the judge holds them (arrays); --json gives it as data, --dump-case as an .npz
    case_data: Optional[dict] = None
    # the kernel's fences the worker ran under, as it reported them before the submission
    # was imported (see sandbox.confine); None when no worker started
    sandbox: Optional[dict] = None

    def to_json(self) -> dict:
        d = asdict(replace(self, case_data=None))
        d.pop("output")
        d.pop("timing") if not self.timing else None
        d.pop("case_data")
        if self.failing_case is not None and self.case_data is not None:
            d["failing_case"]["data"] = _data(self.case_data)
        return d


class UsageError(Exception):
    """No such file, nothing to grade, unknown problem: exit code 2."""


class JudgeError(RuntimeError):
    """The judge itself could not run (its worker pool died, a reference failed): a broken
    install or machine, never the submission's doing."""


# ------------------------------------------------------------ problems and references


def problem_slugs() -> list[str]:
    folder = Path(__file__).resolve().parent.parent / "problems"
    return sorted(p.stem for p in folder.glob("*.py") if not p.stem.startswith("_"))


def load_problem(slug: str) -> spec.Problem:
    return importlib.import_module(f"cvdrill.problems.{slug}").PROBLEM


def entries() -> dict[str, str]:
    """entry name -> slug, for every problem."""
    return {load_problem(s).entry: s for s in problem_slugs()}


def uses_autograd(slug: str) -> bool:
    """Whether grading a problem calls backward() (its judge module or its reference says
    so): only then is it worth preloading what torch's first backward() imports."""
    here = Path(__file__).resolve().parents[1]
    texts = [(here / "problems" / f"{slug}.py"), paths.solutions_dir() / f"{slug}.py"]
    return any(re.search(r"backward\(|autograd", p.read_text(encoding="utf-8")) for p in texts if p.exists())


def load_reference(slug: str, entry: str):
    path = paths.solutions_dir() / f"{slug}.py"
    spec_ = importlib.util.spec_from_file_location(f"_cvdrill_reference_{slug}", path)
    module = importlib.util.module_from_spec(spec_)
    spec_.loader.exec_module(module)
    return getattr(module, entry)


MAX_SOURCE = 1 << 20  # bytes: a hand-written answer is a few KiB; more is not one


def read_source(path: Path) -> str:
    """The file's text as Python reads it: a UTF-8 BOM or a coding cookie decide the
    encoding (tokenize.detect_encoding). Only the first MAX_SOURCE + 1 bytes are read."""
    import io
    import tokenize

    with open(path, "rb") as f:
        data = f.read(MAX_SOURCE + 1)
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    # a file cut at the limit may end inside a character: it is refused as too large anyway
    return data.decode(enc, "replace" if len(data) > MAX_SOURCE else "strict")


def top_level_names(source: str) -> list[str]:
    try:
        tree = ast.parse(source)
    except (SyntaxError, RecursionError, MemoryError, ValueError):
        return re.findall(r"^(?:def|class)\s+(\w+)", source, re.M)
    return [n.name for n in tree.body if isinstance(n, (ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))]


def case_rng(seed: int, slug: str, salt: str = "") -> np.random.Generator:
    return np.random.default_rng([seed, zlib.crc32((slug + salt).encode())])


# ------------------------------------------------------------ the worker pool


class Pool:
    """The zygote: forked from this process before any reference is loaded, or, on a
    machine with a GPU, started as a fresh interpreter (see start)."""

    def __init__(self):
        self.pid = None
        self.proc = None  # the zygote's Popen, when it is a fresh interpreter
        self.child: Optional[int] = None  # the worker of the job in flight
        self.base_rss: Optional[int] = None

    def start(self, need_torch: bool, autograd: bool = True) -> None:
        from . import worker

        worker.PRELOAD_AUTOGRAD = autograd  # inherited by a forked zygote; a spawned one gets it in argv
        fresh = os.environ.get("CVDRILL_ZYGOTE") == "spawn"
        if need_torch:
            import torch  # imported once, shared by every worker through fork

            # A process that has touched CUDA (even torch.cuda.is_available() runs cuInit)
            # cannot pass CUDA on through fork: the children's first CUDA call fails. Where
            # there is a GPU the zygote is therefore a fresh interpreter that imports torch
            # itself; device_count() asks NVML, which initialises nothing.
            fresh = fresh or torch.cuda.device_count() > 0
        job_r, job_w = os.pipe()
        ev_r, ev_w = os.pipe()
        me = os.getpid()
        if fresh:
            self.proc = _spawn_zygote(job_r, ev_w, need_torch, autograd)
            pid = self.proc.pid
        else:
            pid = os.fork()
        if pid == 0:
            os.close(job_w)
            os.close(ev_r)
            try:
                os.setpgid(0, 0)
            except OSError:
                pass
            try:
                zygote(job_r, ev_w, me)
            finally:
                os._exit(0)
        os.close(job_r)
        os.close(ev_w)
        self.pid, self.job_w, self.ev_r, self.buf = pid, job_w, ev_r, b""

    def _line(self, timeout: Optional[float]) -> Optional[dict]:
        deadline = None if timeout is None else time.monotonic() + timeout
        while b"\n" not in self.buf:
            left = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.ev_r], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.ev_r, 65536)
            if not chunk:
                raise JudgeError("the worker pool ended unexpectedly")
            self.buf += chunk
        line, self.buf = self.buf.split(b"\n", 1)
        return json.loads(line)

    def run(self, job: dict, timeout: float, tick: Optional[Callable[[float], None]] = None,
            stop: Optional[Callable[[float], bool]] = None) -> tuple[dict, bool, float]:
        """Run one job; returns (how the child ended, killed for time, seconds). A child
        whose resident memory passes the job's cap is killed too (end["memory_killed"]).
        `tick(seconds so far)` is called about 5 times a second while it runs; when
        `stop(seconds so far)` says so, the child is killed as for time (end["stopped"])."""
        os.write(self.job_w, (json.dumps(job) + "\n").encode())
        started = self._line(120 if self.proc else 30)  # a fresh zygote imports torch first
        if started is None:
            raise JudgeError("the worker pool did not answer")
        child = self.child = started["pid"]
        if self.base_rss is None:
            self.base_rss = _rss(self.pid)  # the zygote, imports done
        cap = self.base_rss + job["memory_mb"] * MIB if job.get("memory_mb") else None
        if cap and "cuda" in job["devices"]:
            cap += CUDA_HOST_MB * MIB
        t0 = time.monotonic()
        deadline = t0 + timeout
        why = None
        while True:
            # the address-space limit stops a CPU job at once; the CUDA driver needs that
            # space, so a CUDA job is watched by its resident memory instead
            left = max(0.0, deadline - time.monotonic())
            end = self._line(min(left, 0.1) if cap else (min(left, 0.2) if tick or stop else left))
            if end is not None:
                break
            if tick:
                tick(time.monotonic() - t0)
            if cap and _rss(child) > cap:
                why = "memory"
            elif time.monotonic() >= deadline:
                why = "time"
            elif stop and stop(time.monotonic() - t0):
                why = "stopped"
            if why:
                try:
                    os.kill(child, signal.SIGKILL)  # SIGKILL: a worker that ignores SIGTERM still ends
                except ProcessLookupError:
                    pass
                end = self._line(30)
                if end is None:
                    raise JudgeError(f"worker {child} did not end after SIGKILL")
                break
        self.child = None
        if why == "memory":
            end["memory_killed"] = True
        if why == "stopped":
            end["stopped"] = True
        return end, why in ("time", "stopped"), time.monotonic() - t0

    def close(self) -> None:
        if self.pid:
            if self.child:  # interrupted mid-job (Ctrl-C): end the worker and its zygote now
                try:
                    os.killpg(self.pid, signal.SIGKILL)
                except OSError:
                    pass
            try:
                os.close(self.job_w)
                if self.proc:
                    self.proc.wait()
                else:
                    os.waitpid(self.pid, 0)
            except OSError:
                pass
            self.pid = None


def _rss(pid: int) -> int:
    """Resident bytes of a process (0 once it is gone)."""
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE
    except (OSError, ValueError, IndexError):
        return 0


def _spawn_zygote(job_r: int, ev_w: int, need_torch: bool, autograd: bool = True):
    """The zygote as a new interpreter, sharing nothing with this process but two pipes.
    sys.path starts with the folder that holds this cvdrill (not the current directory,
    where a user's numpy.py must not shadow numpy)."""
    import subprocess
    import sys

    root = str(Path(__file__).resolve().parents[2])
    code = ("import sys; sys.path[0] = sys.argv[1]; from cvdrill.judge.worker import serve; "
            "serve(int(sys.argv[2]), int(sys.argv[3]), sys.argv[4] == '1', int(sys.argv[5]), sys.argv[6] == '1')")
    argv = [sys.executable, "-c", code, root, str(job_r), str(ev_w), "1" if need_torch else "0", str(os.getpid()),
            "1" if autograd else "0"]
    return subprocess.Popen(argv, pass_fds=(job_r, ev_w), stdin=subprocess.DEVNULL, start_new_session=True)


# ------------------------------------------------------------ grading one problem


def _expected(problem: spec.Problem, ref, case: spec.Case, device: str):
    args, kwargs = prepare({"args": case.args, "kwargs": case.kwargs}, problem.kind, device)
    return channel.to_wire(problem.run(ref, args, kwargs))


def _show(v, precision: int = 5) -> str:
    if isinstance(v, channel.WireTensor):
        shape = f", shape=[{','.join(map(str, v.shape))}]" if v.array.size == 0 else ""
        text = np.array2string(v.array, precision=precision, threshold=SMALL, separator=", ")
        return f"tensor({text}{shape}, dtype={v.dtype})"
    if isinstance(v, np.ndarray):
        return np.array2string(v, precision=precision, threshold=SMALL, separator=", ")
    if isinstance(v, (tuple, list)):
        inner = ", ".join(_show(x, precision) for x in v)
        if isinstance(v, tuple):
            return f"({inner},)" if len(v) == 1 else f"({inner})"  # (5,) is a tuple, (5) is not
        return f"[{inner}]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_show(x)}" for k, x in v.items()) + "}"
    return repr(v)


def _small(v) -> bool:
    if isinstance(v, channel.WireTensor):
        return v.array.size <= SMALL
    if isinstance(v, np.ndarray):
        return v.size <= SMALL
    if isinstance(v, (tuple, list)):
        return all(_small(x) for x in v)
    if isinstance(v, dict):
        return all(_small(x) for x in v.values())
    return True


def _num(x, dtype) -> str:
    """One array element as Python source: the shortest text that reads back the same
    value in the array's dtype (0.1 for a float32 0.1, not 0.10000000149011612)."""
    if dtype.kind == "b":
        return "True" if x else "False"
    if dtype.kind in "iu":
        return str(int(x))
    if np.isnan(x):
        return "float('nan')"
    if np.isinf(x):
        return "float('inf')" if x > 0 else "-float('inf')"
    return str(dtype.type(x))


def _nested(a: np.ndarray) -> str:
    if a.ndim == 0:
        return _num(a.item(), a.dtype)
    if a.ndim == 1:
        return "[" + ", ".join(_num(x, a.dtype) for x in a.tolist()) + "]"
    return "[" + ", ".join(_nested(x) for x in a) + "]"


def _source(v, kind: str) -> str:
    """A value as Python a user can paste: torch.tensor([...], dtype=torch.float32) for a
    torch problem, np.array([...], dtype=np.float64) for a numpy one."""
    if isinstance(v, np.ndarray):
        mod = "torch" if kind == "torch" else "np"
        dtype = f"{mod}.{'bool_' if mod == 'np' and v.dtype == np.bool_ else v.dtype.name}"
        if v.size == 0:
            return f"{mod}.zeros({tuple(v.shape)!r}, dtype={dtype})"
        return f"{'torch.tensor' if mod == 'torch' else 'np.array'}({_nested(v)}, dtype={dtype})"
    if isinstance(v, (tuple, list)):
        inner = ", ".join(_source(x, kind) for x in v)
        return (f"({inner},)" if len(v) == 1 else f"({inner})") if isinstance(v, tuple) else f"[{inner}]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{k!r}: {_source(x, kind)}" for k, x in v.items()) + "}"
    if isinstance(v, np.generic):
        return repr(v.item())
    return repr(v)


def _data(v):
    """A value for --json: arrays as {dtype, shape, values (nested lists)}; non-finite
    floats as the strings "nan", "inf", "-inf" (JSON has no literal for them)."""
    if isinstance(v, channel.WireTensor):
        return {**_data(v.array), "dtype": v.dtype, "device": v.device}
    if isinstance(v, np.ndarray):
        vals = v.tolist()
        if v.dtype.kind == "f" and not np.isfinite(v).all():
            vals = np.where(np.isnan(v), "nan", np.where(np.isposinf(v), "inf",
                            np.where(np.isneginf(v), "-inf", v.astype(object)))).tolist()
        return {"dtype": v.dtype.name, "shape": list(v.shape), "values": vals}
    if isinstance(v, (tuple, list)):
        return [_data(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _data(x) for k, x in v.items()}
    if isinstance(v, np.generic):
        return v.item()
    if isinstance(v, float) and not np.isfinite(v):
        return str(v)
    return v if isinstance(v, (int, float, str, bool, type(None))) else repr(v)


def _inputs(problem, case: spec.Case) -> dict:
    """A case's arguments by parameter name, keywords after."""
    d = {spec.param_name(problem, i): a for i, a in enumerate(case.args)}
    d.update(case.kwargs)
    return d


def _describe_case(problem, case: spec.Case, device: str, seed: int) -> dict:
    d = {"name": case.name, "call": spec.call_repr(problem, case), "device": device, "seed": seed}
    if spec.case_size(case) <= SMALL:
        names = [spec.param_name(problem, i) for i in range(len(case.args))]
        d["input"] = {n: _data(a) for n, a in _inputs(problem, case).items()}
        # the failing call as a script: paste it under your function to see it fail
        lines = ["import torch" if problem.kind == "torch" else "import numpy as np"]
        lines += [f"{n} = {_source(a, problem.kind)}" for n, a in zip(names, case.args)]
        kw = [f"{k}={_source(v, problem.kind)}" for k, v in case.kwargs.items()]
        lines.append(f"{problem.entry}({', '.join(names + kw)})")
        d["paste"] = "\n".join(lines)
    return d


def _show_values(problem, fc: dict, exp, val) -> None:
    """Expected and got, when small enough to read: as text, and as data for --json (a
    statistical problem's reference is one random draw: nothing to show)."""
    if _small(exp) and _small(val) and not problem.statistical:
        fc["expected"], fc["got"] = _show(exp), _show(val)
        # they differ beyond 5 digits (e.g. 1.0 against 0.99999997): more, until they read apart
        for digits in (8, 12, 17):
            if fc["expected"] != fc["got"]:
                break
            fc["expected"], fc["got"] = _show(exp, digits), _show(val, digits)
        fc["values"] = {"expected": _data(exp), "got": _data(val)}


def _on_device_of(want, val):
    """`val` with its tensors on the devices of `want`'s: a variant is a mistake in the values,
    and an answer on the wrong device (a CPU tensor back from CUDA inputs) that follows one
    should hear which (the device is said by the failing case's own message, or the next grade)."""
    if isinstance(want, channel.WireTensor) and isinstance(val, channel.WireTensor) and want.device != val.device:
        return channel.WireTensor(val.array, want.device, val.requires_grad)
    if isinstance(want, (tuple, list)) and isinstance(val, (tuple, list)) and len(want) == len(val):
        return type(val)(_on_device_of(w, v) for w, v in zip(want, val))
    if isinstance(want, dict) and isinstance(val, dict):
        return {k: _on_device_of(want[k], v) if k in want else v for k, v in val.items()}
    return val


def _against_reference(problem, case, expected, got, device: str, memo: Optional[dict] = None, key=None):
    """problem.check against the reference's answer and, where it misses, against the other
    answer the problem accepts on this device (Problem.also), computed once per `key`."""
    msg = problem.check(case, expected, got)
    if msg is None or problem.also is None:
        return msg
    memo = {} if memo is None else memo
    if key is None or key not in memo:
        alt = problem.also(case, device)
        memo[key] = None if alt is None else _on_device_of(expected, channel.to_wire(alt))
    alt = memo[key]
    return msg if alt is None or problem.check(case, alt, got) is not None else None


def _known_variant(problem, cases, got, first=None, memo: Optional[dict] = None, seed: int = 0) -> Optional["spec.Variant"]:
    """The known mistake that gives exactly the submission's answers, on every case it
    answered (not just the failing one), or None. The failing case `first` is tried first
    (most variants differ there), and a variant's answers are kept in `memo` for the
    session: a test suite or a watch mode grades one problem many times."""
    answered = [(d, i, r["value"]) for (d, i), r in got.items() if r["type"] == "result" and "value_error" not in r]
    answered.sort(key=lambda x: (x[0], x[1]) != first)
    memo = {} if memo is None else memo

    def answer(k, v, d, i):
        key = ("variant", problem.slug, seed, k, d, i)
        if key not in memo:
            try:
                memo[key] = ("ok", _expected(problem, v.fn, cases[i], d))
            except Exception:  # a variant that cannot run a case does not match it
                memo[key] = ("error", None)
        return memo[key]

    for k, v in enumerate(problem.variants):
        ok = bool(answered)
        for d, i, val in answered:
            state, want = answer(k, v, d, i)
            try:
                ok = state == "ok" and (v.check or problem.check)(cases[i], want, _on_device_of(want, val)) is None
            except Exception:
                ok = False
            if not ok:
                break
        if ok:
            return v
    return None


# what each record a worker writes must hold: anything else is the submission's doing
# (it runs in that process and could write to the result file), never a judge traceback
_FIELDS = {"sandbox": {}, "ready": {}, "correct_done": {}, "done": {},
           "begin": {"index": int, "device": str}, "result": {"index": int, "device": str},
           "error": {"index": int, "device": str, "message": str}, "forbidden": {"name": str},
           "import_error": {"message": str}, "missing": {"message": str}, "signature": {"message": str}}
# (times are the zygote's records, in a file of the judge's store: a worker writes none)


def _malformed(records: list, n_cases: int, devices: list[str]) -> str:
    """Why the records cannot be trusted as written by the worker's own code, or ""."""
    for k, r in enumerate(records):
        if not isinstance(r, dict) or r.get("type") not in _FIELDS:
            return f"record {k + 1} is not one the worker writes"
        for name, kind in _FIELDS[r["type"]].items():
            v = r.get(name)
            ok = isinstance(v, kind) and not isinstance(v, bool) if kind is not float else \
                isinstance(v, (int, float)) and not isinstance(v, bool) and np.isfinite(v) and v >= 0
            if not ok:
                return f"record {k + 1} ({r['type']}): field {name!r} is {type(v).__name__}"
        if "index" in _FIELDS[r["type"]] and not (0 <= r["index"] < n_cases and r["device"] in devices):
            return f"record {k + 1} ({r['type']}): no case {r['index']} on {r['device']}"
        if r["type"] == "result" and "value" not in r and "value_error" not in r:
            return f"record {k + 1} (result): no value"
    return ""


def _name_variant(res: Result, v: dict) -> None:
    """Say first which known mistake the answer follows (render translates the line)."""
    res.failing_case["variant"] = v
    res.message = f"Your answer follows {v['name']}: {v['why']['en']}.\n{res.message}"


def _shrunk_what(problem, before: spec.Case, after: spec.Case) -> str:
    """Which arguments a shrink made smaller: "boxes2 [7,4] -> [1,4]"."""
    pairs = [(spec.param_name(problem, i), a, b) for i, (a, b) in enumerate(zip(before.args, after.args))]
    pairs += [(k, a, after.kwargs.get(k)) for k, a in before.kwargs.items()]
    return ", ".join(f"{name} {spec._shape(a.shape)} -> {spec._shape(b.shape)}" for name, a, b in pairs
                     if isinstance(a, np.ndarray) and isinstance(b, np.ndarray) and a.shape != b.shape)


class Grader:
    """Grades one file, problem by problem, with the workers of a Judge."""

    def __init__(self, file: Path, seed: int = DEFAULT_SEED, devices: Optional[list[str]] = None,
                 time_limit: Optional[float] = None, memo: Optional[dict] = None,
                 progress: Optional[Callable[[str], None]] = None, store: Optional[str] = None,
                 hidden: Optional[str] = None):
        self.file = Path(file).resolve()
        self.progress = progress or (lambda text: None)  # one line: what runs now
        self.time_limit = time_limit
        self.seed = seed
        self.devices_opt = devices
        self.pool: Optional[Pool] = None
        self.tmp = tempfile.TemporaryDirectory(prefix="cvdrill-")
        self.n = 0
        # the Judge's folder that no worker may read: the timed inputs, and the answers and
        # times the zygote records (see worker.conduct)
        self.store = store or self.tmp.name
        self.hidden = hidden or self.store  # the folder the sandbox hides: every session's store
        # the Judge's memo (see Judge): what depends only on the problem, seed and device
        self.memo = {} if memo is None else memo

    # the devices a torch problem runs on
    def devices(self, problem) -> list[str]:
        if problem.kind != "torch":
            return ["cpu"]
        import torch

        have_cuda = torch.cuda.is_available()
        want = self.devices_opt or (["cpu", "cuda"] if have_cuda else ["cpu"])
        return [d for d in want if d == "cpu" or have_cuda]

    def _job(self, problem, correct: list[spec.Case], devices: list[str], timing=None,
             file: Optional[Path] = None) -> tuple[dict, str]:
        self.n += 1
        base = os.path.join(self.tmp.name, f"job{self.n}")
        payload = {"correct": [{"args": c.args, "kwargs": c.kwargs} for c in correct]}
        with open(base + ".cases", "wb") as f:
            f.write(channel.encode(payload))
        os.mkdir(base + ".tmp")  # the only folder the worker may write to
        job = {"slug": problem.slug, "file": str(file or self.file), "devices": devices,
               "cases": base + ".cases", "result": base + ".result", "output": base + ".out",
               "scratch": base + ".tmp", "memory_mb": problem.memory_mb, "watch_ops": bool(problem.forbidden_ops),
               "secrets": [str(p) for p in paths.reference_copies()] + [self.hidden],
               "trusted": file is not None}  # the reference itself, timed in a worker of its own
        if timing:
            plan, sizes = timing
            hidden = os.path.join(self.store, f"job{next(_JOBS)}")
            os.link(plan["path"], hidden + ".plan")  # the zygote unlinks it before the worker starts
            job.update(timing={"plan": hidden + ".plan", "sizes": sizes}, timing_out=hidden + ".timing",
                       answers=hidden + ".answers")
        return job, base

    def _output(self, base: str) -> str:
        try:
            with open(base + ".out", "rb") as f:
                data = f.read(4097)
        except OSError:
            return ""
        text = data[:4096].decode("utf-8", "replace")
        # control characters (ANSI escapes, bells, backspaces) could redraw the screen with
        # a fake verdict: shown as visible escapes instead
        text = _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)
        return text + ("\n... (output cut)" if len(data) > 4096 else "")

    def execute(self, problem, correct, devices, timeout, timing=None, file=None, say=None, stop=None,
                decided: bool = False):
        """Run a job; `say(records so far, seconds)` returns the progress line while it runs,
        `stop(records so far, seconds)` ends it early when it returns True. A timed job
        (timing = (plan, sizes)) counts the zygote's records, and returns them after the
        worker's, with the job (whose "answers" file holds the timed answers)."""
        job, base = self._job(problem, correct, devices, timing, file)
        if decided:
            job["timing"]["decided"] = True
        watched = job.get("timing_out", job["result"])
        tick = (lambda secs: self.progress(say(count_records(watched), secs))) if say else None
        halt = (lambda secs: stop(count_records(watched), secs)) if stop else None
        end, killed, secs = self.pool.run(job, timeout, tick, halt)
        if timing:
            return read_records(job["result"]), read_records(job["timing_out"]), job, end, killed, secs
        return read_records(job["result"]), end, killed, secs, self._output(base)

    def grade(self, slug: str, source: str) -> Result:
        problem = load_problem(slug)
        res = Result(problem.slug, "accepted")
        hit = guard.static_scan(source, problem.forbidden)
        if hit:
            res.verdict = "forbidden"
            res.message = f"uses {hit}: this problem is about writing it by hand"
            return res
        devices = self.devices(problem)
        key = ("expected", slug, self.seed, tuple(devices))
        if key not in self.memo:
            self.progress(f"{slug}: the reference's answers")
            cases = list(problem.cases(case_rng(self.seed, slug)))
            ref = load_reference(slug, problem.entry)
            expected = {(d, i): _expected(problem, ref, c, d) for d in devices for i, c in enumerate(cases)}
            self.memo[key] = (cases, ref, expected)
        cases, ref, expected = self.memo[key]
        res.total = len(cases) * len(devices)
        limit = self.time_limit or problem.time_limit
        # slack for the import of the user's file and the cases' transfer: 5 s, or as long
        # as the limit itself when that is shorter (a caller who sets 1 s wants a quick end)
        timeout = limit * len(devices) + min(5.0, max(1.0, limit))
        n = res.total
        # the worker writes "sandbox" and "ready", then "begin" and "result" for each case
        say = lambda recs, secs: f"{slug}: case {min(max(recs - 2, 0) // 2, n)}/{n} · {secs:.1f} s"  # noqa: E731
        self.progress(say(0, 0.0))
        records, end, killed, secs, res.output = self.execute(problem, cases, devices, timeout, say=say)
        self._verdict(problem, res, cases, devices, expected, records, end, killed, secs)
        if res.verdict == "wrong_answer" and res.failing_case and problem.shrink:
            self.progress(f"{slug}: making the failing case smaller")
            self._shrink(problem, ref, res, cases)
        if res.verdict == "accepted" and problem.timed:
            self._time(problem, ref, res, devices)
        return res

    def _verdict(self, problem, res, cases, devices, expected, records, end, killed, secs):
        box = next((r for r in records[:1] if r["type"] == "sandbox"), None)  # first, before any user code
        res.sandbox = {k: v for k, v in box.items() if k != "type"} if box else None
        bad = _malformed(records, len(cases), devices)
        if bad:
            res.verdict = "runtime_error"
            res.message = f"the worker sent an unreadable answer ({bad})"
            return
        kinds = {r["type"] for r in records}
        first = lambda t: next((r for r in records if r["type"] == t), None)  # noqa: E731
        if "forbidden" in kinds:
            res.verdict = "forbidden"
            res.message = f"called {first('forbidden')['name']}"
            return
        for t in ("import_error", "missing", "signature"):
            if t in kinds:
                res.verdict = "invalid_submission"
                what = {"import_error": "the file does not import", "missing": "missing function",
                        "signature": "wrong signature"}[t]
                res.message = f"{what}: {first(t)['message']}"
                return
        if "ready" not in kinds:
            if killed:  # e.g. an infinite loop at the top level of the file
                res.verdict = "time_limit_exceeded"
                res.message = f"the file did not finish importing in {secs:.0f} s"
                return
            res.verdict = "runtime_error"
            res.message = f"the worker ended while importing the file ({_how(end)})"
            return
        got = {(r["device"], r["index"]): r for r in records if r["type"] in ("result", "error")}
        passed = 0
        failure = None
        for d in devices:
            for i, c in enumerate(cases):
                r = got.get((d, i))
                if r is None:
                    if failure is None:
                        failure = (d, i, None)
                    continue
                if r["type"] == "error":
                    if failure is None:
                        failure = (d, i, r)
                    continue
                if "value_error" in r:
                    msg = f"the answer could not be read: {r['value_error']}"
                else:
                    msg = _against_reference(problem, c, expected[(d, i)], r["value"], d, self.memo,
                                             ("also", problem.slug, self.seed, d, i))
                if msg:
                    if failure is None:
                        failure = (d, i, dict(r, mismatch=msg))
                else:
                    passed += 1
        res.passed = passed
        if failure is None:
            return
        d, i, r = failure
        case = cases[i]
        res.failing_case = _describe_case(problem, case, d, self.seed)
        res.case_data = {"inputs": _inputs(problem, case)}
        call = res.failing_case["call"]
        if r is None:  # the worker never answered this case
            if killed:
                res.verdict = "time_limit_exceeded"
                res.message = f"{call} did not finish: the worker was stopped after {secs:.1f} s"
            elif end.get("memory_killed"):
                res.verdict = "memory_limit_exceeded"
                res.message = (f"{call} [case: {case.name}]: the worker passed its memory limit "
                               f"({problem.memory_mb} MiB more than it started with) and was stopped")
            elif end.get("signal") == signal.SIGKILL or (end.get("signal") is None and end.get("exit") == 0 and _oom(records)):
                res.verdict = "memory_limit_exceeded"
                res.message = f"{call}: the worker was killed (out of memory?)"
            else:
                res.verdict = "runtime_error"
                res.message = f"{call}: the worker ended without an answer ({_how(end)})"
            return
        if r["type"] == "error":
            res.verdict = "memory_limit_exceeded" if r.get("memory") else "runtime_error"
            limit = f" (limit {problem.memory_mb} MiB)" if r.get("memory") else ""
            res.message = f"{call} [case: {case.name}] raised{limit}:\n{r['message']}"
            return
        res.verdict = "wrong_answer"
        res.message = f"{call} [case: {case.name}]: {r['mismatch']}"
        v = _known_variant(problem, cases, got, (d, i), self.memo, self.seed)
        if v is not None:
            _name_variant(res, {"name": v.name, "name_zh": v.name_zh, "why": v.why})
        _show_values(problem, res.failing_case, expected[(d, i)], r.get("value"))
        if "value" in r:
            res.case_data.update(expected=expected[(d, i)], got=r["value"])

    def _shrink(self, problem, ref, res, cases) -> None:
        """Replace a failing random case by a smaller one that still fails, when cheap."""
        case = next(c for c in cases if c.name == res.failing_case["name"])
        if not case.random:
            return
        device = res.failing_case["device"]
        best = None
        for _ in range(8):
            cands = problem.shrink(case)[:40]
            if not cands:
                break
            exp = {(device, i): _expected(problem, ref, c, device) for i, c in enumerate(cands)}
            records, end, killed, _, _ = self.execute(problem, cands, [device], problem.time_limit + 10)
            if _malformed(records, len(cands), [device]):
                break  # the first failing case stands
            got = {r["index"]: r for r in records if r["type"] == "result"}
            nxt = None
            for i, c in enumerate(cands):
                r = got.get(i)
                if r is not None and "value_error" not in r:
                    msg = _against_reference(problem, c, exp[(device, i)], r["value"], device)
                    if msg:
                        nxt = (c, msg, exp[(device, i)], r["value"])
                        break
            if nxt is None:
                break
            case, best = nxt[0], nxt
        if best is None:
            return
        c, msg, exp, val = best
        first = next(x for x in cases if x.name == res.failing_case["name"])
        variant = res.failing_case.get("variant")  # named on all cases: still true of the smaller one
        res.failing_case = _describe_case(problem, c, device, self.seed)
        res.failing_case["shrunk_from"] = res.message.split(" [case:")[0]
        res.failing_case["shrunk"] = _shrunk_what(problem, first, c)
        res.message = f"{res.failing_case['call']} [case: {c.name}]: {msg}"
        _show_values(problem, res.failing_case, exp, val)
        res.case_data = {"inputs": _inputs(problem, c), "expected": exp, "got": val}
        if variant:
            _name_variant(res, variant)

    def _plan(self, problem, device: str) -> dict:
        """The timed inputs of a problem on a device, made once a session: a fresh input
        for every run at every size (max_runs + 2: the warm-up and a confirming run), each
        encoded as a worker receives it, in one file of the hidden store; and per size the
        offsets of its inputs and the protocol (see _protocol)."""
        key = ("plan", problem.slug, self.seed, device)
        if key not in self.memo:
            t = problem.timed
            rng = case_rng(self.seed, problem.slug, "timing")
            path = os.path.join(self.store, f"plan{next(_JOBS)}")
            sizes = []
            with open(path, "wb") as f:
                for n in t.sizes:
                    proto, inputs = _protocol(n, t.sizes), []
                    for _ in range(proto["max_runs"] + 2):
                        c = t.make(rng, n)
                        data = channel.encode({"device": device, "args": c.args, "kwargs": c.kwargs})
                        inputs.append([f.tell(), len(data)])
                        f.write(data)
                    sizes.append({"size": n, "device": device, "name": c.name, "inputs": inputs, **proto})
            self.memo[key] = {"path": path, "sizes": sizes}
        return self.memo[key]

    def _input(self, plan: dict, size: int, k: int) -> spec.Case:
        entry = next(e for e in plan["sizes"] if e["size"] == size)
        off, length = entry["inputs"][k]
        with open(plan["path"], "rb") as f:
            f.seek(off)
            c = channel.decode(f.read(length))
        return spec.Case(f"{entry['name']} (timed run {k + 1})", tuple(c["args"]), c["kwargs"])

    def _ref_times(self, problem, plan, sizes) -> dict:
        """Median seconds of the reference at each size, measured the way the submission
        is: in a worker forked from the same zygote (one thread, same limits), timed by the
        zygote on the same fresh inputs, so that the two differ in nothing but the code they
        run. Its answers are kept (see _expected_timed)."""
        entries = [dict(e, give_up=None, clear_above=None) for e in plan["sizes"] if e["size"] in sizes]
        ref_file = paths.solutions_dir() / f"{problem.slug}.py"
        _, recs, job, *_ = self.execute(problem, [], [plan["sizes"][0]["device"]], 120, (plan, entries), file=ref_file)
        out = {r["size"]: r["seconds"] for r in recs if r["type"] == "timing"}
        if set(out) != set(sizes):  # the reference must always time: a broken install
            raise JudgeError(f"the reference of {problem.slug} could not be timed: {recs}")
        known = self.memo.setdefault(("ref_answers", plan["path"]), {})
        new = [(r["size"], k, pos, n) for r in recs for k, pos, n in r.get("answers", []) if (r["size"], k) not in known]
        for size, k, pos, n in new:
            known[(size, k)] = (job["answers"], pos, n)
        if not new:
            _discard(job)  # a second timing of inputs whose answers are known
        return out

    def _expected_timed(self, problem, ref, plan, size: int, k: int):
        """The reference's answer to a timed input: as its own timed run gave it, or, for an
        input it did not reach (a faster submission makes more runs), computed here."""
        known = self.memo.setdefault(("ref_answers", plan["path"]), {})
        hit = known.get((size, k))
        if hit is None:
            hit = known[(size, k)] = ("value", _expected(problem, ref, self._input(plan, size, k),
                                                         plan["sizes"][0]["device"]))
        if hit[0] == "value":
            return hit[1]
        kind, value = _read_answer(*hit)  # (file, offset, length): answers on disk stay there
        if kind != "R":
            raise JudgeError(f"the reference of {problem.slug} failed on a timed input: {value}")
        return value

    def _check_timed(self, problem, ref, plan, recs, answers: str) -> Optional[tuple[str, str]]:
        """(verdict, message) for the first timed answer that is wrong or unreadable, or for
        the submission's error on a timed input; None when every timed answer is right."""
        t = problem.timed
        for r in recs:
            for k, pos, n in r.get("answers", []):
                kind, val = _read_answer(answers, pos, n)
                where = f"the large input {t.unit}={r['size']} ({r['device']}), timed run {k + 1}"
                if kind == "E":
                    memory = bool(val.get("memory")) if isinstance(val, dict) else False
                    msg = val.get("message", "") if isinstance(val, dict) else ""
                    return ("memory_limit_exceeded" if memory else "runtime_error"), f"on {where}:\n{msg}"
                if kind != "R":
                    return "runtime_error", f"the worker sent an unreadable answer on {where} ({val})"
                case = self._input(plan, r["size"], k)
                try:
                    why = _against_reference(problem, case, self._expected_timed(problem, ref, plan, r["size"], k),
                                             val, r["device"])
                except Exception as e:  # a value the check cannot even look at
                    why = f"{type(e).__name__}: {e}"
                if why:
                    return "wrong_answer", (f"wrong on {where}: {why}. Every timed run gets a fresh input of the "
                                            f"same size, and every answer is checked")
        return None

    def _time(self, problem, ref, res, devices) -> None:
        t = problem.timed
        for device in devices:
            plan = self._plan(problem, device)
            lim = t.limit(device)
            # the reference's times at every size, measured once a session (a watch-mode
            # regrade or a test suite need not pay for them again); the largest size,
            # where the ratio is taken, is measured afresh after each submission below
            key = ("ref_times", problem.slug, self.seed, device)
            if key not in self.memo:
                self.progress(f"{problem.slug}: timing the reference at {t.unit}={', '.join(map(str, t.sizes))} ({device})")
                self.memo[key] = self._ref_times(problem, plan, t.sizes)
            ref_s = dict(self.memo[key])
            # a first run (confirmed by a second) over 4x the limit ends the timing: no
            # vectorised answer is that slow, and more runs of a slow loop only make the grade
            # slower; a smaller margin failed right answers when the load changed between the
            # reference's timing (once a session) and the submission's
            give_up = {n: max(t.floor, ref_s[n] * lim * 4) for n in t.sizes}
            # at the largest size, two slow runs both over twice the limit decide (the ratio
            # is then too far over the limit for the reference's re-timing below)
            clear = {t.sizes[-1]: ref_s[t.sizes[-1]] * lim * 2}
            # "over": the limit's time at that size; once a smaller size's median is over it, one
            # run over twice the limit decides the largest size (see worker.time_call's `decided`),
            # and once it is over twice it, one run over the limit (worker.conduct)
            entries = [dict(e, give_up=give_up[e["size"]], clear_above=clear.get(e["size"]),
                            over=ref_s[e["size"]] * lim) for e in plan["sizes"]]
            budget = 20 + sum(give_up[n] * 4 for n in t.sizes)

            def say(recs, secs, sizes=t.sizes):
                # the zygote's "timing_ready" once the file is imported, then one "timing" per size
                n = sizes[min(max(recs - 1, 0), len(sizes) - 1)]
                return (f"{problem.slug}: timing {t.unit}={n} (reference {ref_s[n] * 1e3:.1f} ms) on {device}"
                        f" · {secs:.1f} s")
            # a size whose runs take longer than the protocol allows at 4x the limit (its time
            # budget, plus 3 runs each just under give_up) is over the limit: stopped there
            # rather than waited for (a per-pair Python loop can take 10 s a run)
            cap = {n: _protocol(n, t.sizes)["budget"] + 3 * give_up[n] + 1.0 for n in t.sizes}
            at = {"k": -1, "since": 0.0, "n": None, "spent": 0.0}

            def stop(recs, secs, sizes=t.sizes):
                if recs < 1:  # no "timing_ready" yet: still importing
                    return False
                k = recs - 1  # timing records so far: the size being timed now is sizes[k]
                if k != at["k"]:
                    at.update(k=k, since=secs)
                if k >= len(sizes):
                    return False
                at.update(n=sizes[k], spent=secs - at["since"])
                return at["spent"] > cap[sizes[k]]
            records, recs, job, end, killed, secs = self.execute(problem, [], [device], budget, (plan, entries),
                                                                 say=say, stop=stop)
            bad = _malformed(records, 0, [device])
            if bad:
                res.verdict = "runtime_error"
                res.message = f"the worker sent an unreadable answer while being timed ({bad})"
                return
            wrong = self._check_timed(problem, ref, plan, recs, job["answers"])
            if wrong:
                res.verdict, res.message = wrong
                return
            _discard(job)
            user = {r["size"]: r["seconds"] for r in recs if r["type"] == "timing"}
            # near the limit, the largest size is measured again, reference and yours back to
            # back, until two measurements agree about the limit (see _settle)
            n_max = t.sizes[-1]
            again_failed: list = []

            def measure(n_max=n_max):
                self.progress(f"{problem.slug}: timing the reference and yours again at {t.unit}={n_max}")
                again = self._ref_times(problem, plan, [n_max])
                # a smaller size already over the limit in the first timing: one slow run decides here too
                rec2, recs2, job2, *_ = self.execute(problem, [], [device], budget, (plan, entries[-1:]),
                                                     decided=any(user[n] > ref_s[n] * lim for n in user if n != n_max))
                bad2 = _malformed(rec2, 0, [device])
                wrong = None if bad2 else self._check_timed(problem, ref, plan, recs2, job2["answers"])
                if wrong:
                    again_failed.append(wrong)
                    return None
                _discard(job2)
                user2 = None if bad2 else next((r["seconds"] for r in recs2 if r["type"] == "timing"), None)
                return None if user2 is None else (user2, again[n_max])
            if n_max in user:
                user[n_max], ref_s[n_max] = _settle((user[n_max], ref_s[n_max]), lim, measure)
                if again_failed:
                    res.verdict, res.message = again_failed[0]
                    return
            res.timing += [{"size": n, "device": device, "user_s": user.get(n), "ref_s": ref_s[n]} for n in t.sizes]
            measured = [n for n in t.sizes if n in user]
            if end.get("stopped"):
                n = at["n"]
                runs = _protocol(n, t.sizes)["min_runs"]
                res.verdict = "time_limit_exceeded"
                res.time_ratio = None
                res.message = (f"at {t.unit}={n} on {device} your runs did not finish within {at['spent']:.1f} s; "
                               f"the reference takes {ref_s[n] * 1e3:.1f} ms a run, so at the {lim:g}x limit "
                               f"the {runs} runs timed there take {runs * lim * ref_s[n]:.2f} s: stopped, "
                               f"far slower than the reference")
                if measured:
                    res.message += " (measured before: " + ", ".join(
                        f"{t.unit}={m}: {user[m] / ref_s[m]:.1f}x" for m in measured) + ")"
                return
            if end.get("memory_killed"):
                res.verdict = "memory_limit_exceeded"
                n = t.sizes[min(len(measured), len(t.sizes) - 1)]
                res.message = (f"on the large input {t.unit}={n} ({device}) the worker passed "
                               f"its memory limit ({problem.memory_mb} MiB more than it started with)")
                return
            if not measured:
                res.verdict = "time_limit_exceeded"
                res.message = f"no timing finished within {secs:.0f} s on {t.unit}={t.sizes[0]} ({device})"
                return
            n_last = measured[-1]
            ratio = user[n_last] / ref_s[n_last]
            res.time_ratio = round(max(ratio, res.time_ratio or 0), 2)
            growth = _growth({n: user[n] for n in measured})
            slow = ratio > lim and user[n_last] > t.floor
            if slow or n_last != n_max:
                res.verdict = "time_limit_exceeded"
                sizes = ", ".join(f"{t.unit}={n}: {user[n] * 1e3:.1f} ms (reference {ref_s[n] * 1e3:.1f} ms)" for n in measured)
                res.message = (f"{ratio:.2f}x slower than the reference at {t.unit}={n_last} on {device} "
                               f"(limit {lim:g}x). Measured {sizes}.")
                if growth is not None:
                    res.message += f" Time grows as {t.unit}^{growth:.1f}."
                return


def _settle(first: tuple[float, float], lim: float, measure: Callable[[], Optional[tuple]]) -> tuple[float, float]:
    """The (submission, reference) seconds at the largest size that a verdict rests on.
    The reference is timed once a session, under whatever load there was then: a spike there
    makes every ratio of the session too low or too high. So a ratio near the limit, from
    half of it to 1.5x of it (honest classes sit about 2x under the limits, slow ones 2x over:
    see each timed problem's docstring), is measured again, reference and submission back to
    back under one load (`measure()`); when the two disagree about the limit, a third decides
    (the middle ratio stands; of two that agree, the lower), so that no single noisy timing of
    either side flips a verdict. Further from the limit the first measurement stands."""
    pairs = [first]
    ratio = lambda p: p[0] / p[1]  # noqa: E731
    if not lim / 2 <= ratio(first) <= lim * 1.5:
        return first
    while len(pairs) < 2 or (len(pairs) < 3 and (ratio(pairs[0]) > lim) != (ratio(pairs[1]) > lim)):
        got = measure()
        if got is None:
            break
        pairs.append(got)
    pairs.sort(key=ratio)
    return pairs[(len(pairs) - 1) // 2]


def _protocol(n: int, t_sizes: list[int]) -> dict:
    """How long to time one size: the largest, where the ratio is taken, as a median of 3
    to 5 runs over 0.45 s; the smaller ones only feed the growth exponent and the early
    stop, so 2 or 3 runs over 0.2 s are enough there (both sides measured alike). Each run
    gets an input of its own, so max_runs also says how many inputs are made."""
    if n == t_sizes[-1]:
        return {"budget": 0.45, "min_runs": 3, "max_runs": 5}
    return {"budget": 0.2, "min_runs": 2, "max_runs": 3}


def _read_answer(path: str, pos: int, n: int):
    """A timed answer as the zygote stored it: ("R", value), ("E", the error as a dict), or
    ("bad", why) for bytes no worker of ours writes."""
    try:
        with open(path, "rb") as f:
            f.seek(pos)
            data = f.read(n)
        if data[:1] == b"R":
            return "R", channel.decode(data[1:])
        if data[:1] == b"E":
            return "E", json.loads(data[1:])
        return "bad", "an answer of an unknown kind"
    except Exception as e:
        return "bad", f"{type(e).__name__}"


def _discard(job: dict) -> None:
    """A submission's timed answers, once checked (they can be tens of MB)."""
    for name in ("timing_out", "answers"):
        try:
            os.unlink(job[name])
        except OSError:
            pass


def _growth(times: dict[int, float]) -> Optional[float]:
    if len(times) < 2:
        return None
    x = np.log(np.array(list(times)), dtype=np.float64)
    y = np.log(np.array(list(times.values())), dtype=np.float64)
    return float(np.polyfit(x, y, 1)[0])


def _how(end: dict) -> str:
    if end.get("signal"):
        try:
            name = signal.Signals(end["signal"]).name
        except ValueError:
            name = str(end["signal"])
        return f"killed by {name}"
    code = end.get("exit")
    return "exit code 0 (os._exit or a stray exit)" if code == 0 else f"exit code {code}"


def _oom(records) -> bool:
    return any(r.get("memory") for r in records)


# ------------------------------------------------------------ public entry


class Judge:
    """A grading session: the worker pool is forked once, when the session starts and
    before any reference is loaded, then serves every grade of the session (practice's
    watch mode regrades without paying for `import torch` again).

        with Judge() as judge:
            results = judge.grade("my_nms.py")
    """

    def __init__(self, need_torch: bool = True, autograd: bool = True):
        self.pool = Pool()
        self.pool.start(need_torch, autograd)  # autograd=False: no problem of this session calls backward()
        # what no worker may read (hidden by the sandbox): the timed inputs, the answers; in
        # one folder for all of this user's sessions, hidden whole, so that a worker cannot read
        # another session's either (two grades of one problem and seed time the same inputs)
        self.stores = _stores_folder()
        self.store = tempfile.TemporaryDirectory(prefix="session-", dir=self.stores)
        # per session: the cases with the reference's answers, and the reference's times,
        # for each problem, seed and device; a regrade computes neither again
        self.memo: dict = {}

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self) -> None:
        self.pool.close()
        self.store.cleanup()

    def grade(self, file: Path, problem: Optional[str] = None, device: str = "default",
              seed: int = DEFAULT_SEED, time_limit: Optional[float] = None,
              progress: Optional[Callable[[str], None]] = None) -> list[Result]:
        """Grade every problem whose entry point FILE defines (or just `problem`).
        `time_limit` overrides each problem's wall limit for its correctness cases;
        `progress(line)` hears what runs now (cases done, the size being timed)."""
        path, source, chosen = _resolve(file, problem)
        return _invalid(path, source, chosen) or self._grade(path, source, chosen, device, seed, time_limit, progress)

    def _grade(self, path: Path, source: str, chosen: list[str], device: str, seed: int,
               time_limit: Optional[float], progress: Optional[Callable[[str], None]]) -> list[Result]:
        """grade() once the file is read, its problems chosen and its source known to compile."""
        devices = None if device == "default" else (["cpu", "cuda"] if device == "all" else [device])
        if devices and "cuda" in devices:
            import torch

            if not torch.cuda.is_available():
                raise UsageError(f"--device {device}: CUDA is not available on this machine")
        grader = Grader(path, seed, devices, time_limit, self.memo, progress, self.store.name, self.stores)
        grader.pool = self.pool
        try:
            return [grader.grade(s, source) for s in chosen]
        finally:
            grader.tmp.cleanup()


def _invalid(path: Path, source: str, chosen: list[str]) -> Optional[list[Result]]:
    """invalid_submission for each problem when the file is too large or does not compile:
    known before any worker starts (or torch is imported)."""
    if len(source.encode("utf-8", "replace")) > MAX_SOURCE:
        msg = f"the file is over {MAX_SOURCE >> 20} MiB: a hand-written answer is a few KiB"
        return [Result(s, "invalid_submission", message=msg) for s in chosen]
    try:
        compile(source, str(path), "exec")
    except SyntaxError as e:
        msg = f"the file does not import: SyntaxError at line {e.lineno}: {e.msg}"
        return [Result(s, "invalid_submission", message=msg) for s in chosen]
    except (ValueError, RecursionError, MemoryError) as e:
        what = {RecursionError: "it nests too deeply to compile", MemoryError: "it is too large to compile"}.get(type(e), e)
        return [Result(s, "invalid_submission", message=f"the file does not import: {what}") for s in chosen]
    return None


def _stores_folder() -> str:
    """<tmp>/cvdrill-judge-<uid>, this user's own (mode 0700, not a link): the sessions' stores.
    Where that name is taken by something else, a fresh folder of this session's own."""
    base = os.path.join(tempfile.gettempdir(), f"cvdrill-judge-{os.getuid()}")
    try:
        os.mkdir(base, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return tempfile.mkdtemp(prefix="cvdrill-judge-")
    st = os.lstat(base)
    if not stat.S_ISDIR(st.st_mode) or st.st_uid != os.getuid() or st.st_mode & 0o077:
        return tempfile.mkdtemp(prefix="cvdrill-judge-")
    return base


def _resolve(file, problem: Optional[str]) -> tuple[Path, str, list[str]]:
    path = Path(file)
    if path.is_dir():
        raise UsageError(f"{file} is a folder: give the Python file in it that holds your function, "
                         f"e.g. cvdrill grade {path / 'nms.py'}")
    if not path.is_file():
        raise UsageError(f"no such file: {file}")
    try:
        source = read_source(path)
    except (OSError, UnicodeDecodeError, SyntaxError) as e:
        raise UsageError(f"cannot read {file}: {e}") from None
    slugs = problem_slugs()
    if problem:
        if problem not in slugs:
            import difflib

            close_ = difflib.get_close_matches(problem, slugs, n=3)
            hint = f" (did you mean {', '.join(close_)}?)" if close_ else ""
            raise UsageError(f"no problem named {problem!r}{hint}; `cvdrill list` shows them")
        return path, source, [problem]
    by_entry = entries()
    chosen = list(dict.fromkeys(by_entry[n] for n in top_level_names(source) if n in by_entry))
    if not chosen:
        raise UsageError(f"{file} defines no function named like a problem "
                         f"(e.g. {', '.join(sorted(by_entry)[:5])}, ...); use --problem SLUG to force one")
    return path, source, chosen


def _flat(prefix: str, v, out: dict) -> None:
    """A value as .npz entries: arrays as they are, tuples and lists as prefix.0, prefix.1,
    dicts as prefix.key, numbers and strings as 0-d arrays; None is left out."""
    if isinstance(v, channel.WireTensor):
        out[prefix] = v.array
    elif isinstance(v, (tuple, list)) and not all(isinstance(x, (int, float, bool)) for x in v):
        for i, x in enumerate(v):
            _flat(f"{prefix}.{i}", x, out)
    elif isinstance(v, dict):
        for k, x in v.items():
            _flat(f"{prefix}.{k}", x, out)
    elif v is not None:
        out[prefix] = np.asarray(v)


def dump_case(res: Result, path: Path) -> list[str]:
    """Write a result's failing case, whole, as an .npz: one entry per argument (by the
    contract's parameter name), then `expected` and `got` when the function answered, and
    `meta` (JSON: problem, call, case, seed, device, verdict). Returns the entry names."""
    if res.case_data is None:
        raise UsageError(f"{res.problem}: no failing case to write")
    out: dict = {}
    for name, v in res.case_data["inputs"].items():
        _flat(name, v, out)
    for name in ("expected", "got"):
        if name in res.case_data:
            _flat(name, res.case_data[name], out)
    fc = res.failing_case or {}
    meta = {"problem": res.problem, "verdict": res.verdict, "call": fc.get("call"), "case": fc.get("name"),
            "seed": fc.get("seed"), "device": fc.get("device")}
    out["meta"] = np.asarray(json.dumps(meta))
    try:
        with open(path, "wb") as f:  # np.savez would add .npz to a name without it
            np.savez(f, **out)
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None
    return [k for k in out if k != "meta"]


def needs_torch(source: str, slugs: list[str]) -> bool:
    """Whether grading these problems needs torch in the worker pool (imported once there,
    ~2 s): a torch problem, or a file that imports torch itself; a numpy problem's session
    never pays for it."""
    return "torch" in source or any(load_problem(s).kind == "torch" for s in slugs)


def grade_file(file: Path, problem: Optional[str] = None, device: str = "default",
               seed: int = DEFAULT_SEED, time_limit: Optional[float] = None,
               progress: Optional[Callable[[str], None]] = None) -> list[Result]:
    """One-shot grading: a Judge session for one file."""
    path, source, chosen = _resolve(file, problem)  # usage errors before forking anything
    invalid = _invalid(path, source, chosen)
    if invalid:  # a file that does not compile is a verdict at once, with no judge started
        return invalid
    need_torch = needs_torch(source, chosen)
    if progress:
        progress("starting the judge" + (" (importing torch)" if need_torch else ""))
    with Judge(need_torch, autograd=any(uses_autograd(s) for s in chosen)) as judge:
        # the file read and compiled once, above, not again by judge.grade
        return judge._grade(path, source, chosen, device, seed, time_limit, progress)
