"""Where the judge runs: the zygote as a fresh interpreter (what a machine with a GPU gets),
what it does on a machine without CUDA, and a judge stopped mid-grade. The CUDA pass itself
is in test_judge_cuda.py."""
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time

import pytest
import torch

from cvdrill import paths
from cvdrill.judge.run import Judge, UsageError, grade_file
from test_judge_hostile import CASES, GOOD

# NVML: counts GPUs without initialising CUDA in this process
HAVE_CUDA = torch.cuda.device_count() > 0


def _file(tmp_path, name, src):
    f = tmp_path / f"{name}.py"
    f.write_text(textwrap.dedent(src))
    return f


def _reference(tmp_path, slug):
    f = tmp_path / f"{slug}_reference.py"
    shutil.copy(paths.solutions_dir() / f"{slug}.py", f)
    return f


# ------------------------------------------------------------ the spawned zygote (any machine)


def test_spawned_zygote_keeps_isolation(tmp_path, monkeypatch):
    """The fresh-interpreter zygote gives the same verdicts as the forked one, also from a
    folder whose numpy.py and torch.py would break an interpreter started there. One
    zygote serves them all (a fresh interpreter with torch costs seconds): the one that
    signals its parent is refused, so the zygote lives on."""
    monkeypatch.setenv("CVDRILL_ZYGOTE", "spawn")
    (tmp_path / "numpy.py").write_text("raise ImportError('the user folder shadowed numpy')\n")
    (tmp_path / "torch.py").write_text("raise ImportError('the user folder shadowed torch')\n")
    monkeypatch.chdir(tmp_path)
    sub = tmp_path / "sub"
    sub.mkdir()
    with Judge() as judge:
        for name in ("infinite_loop", "segfault", "memory_hog", "reads_reference", "kills_parent"):
            src, verdict, pattern = CASES[name]
            limit = 1 if verdict == "time_limit_exceeded" else 3  # 1 s shows the stop as well
            (r,) = judge.grade(_file(sub, name, src), problem="box_iou", time_limit=limit)
            assert r.verdict == verdict, f"{name}: {r.verdict}: {r.message}"
            assert re.search(pattern, r.message), (name, r.message)
            assert r.sandbox and r.sandbox.get("seccomp"), r.sandbox  # the fences hold in a spawned zygote too


def test_spawned_zygote_grades_and_times(tmp_path, monkeypatch):
    monkeypatch.setenv("CVDRILL_ZYGOTE", "spawn")
    with Judge() as judge:  # one zygote serves several grades
        (r,) = judge.grade(_file(tmp_path, "good", GOOD), problem="box_iou")
        assert r.verdict == "accepted" and r.passed == r.total and r.time_ratio > 0, r.message
        (r,) = judge.grade(_file(tmp_path, "wrong", GOOD.replace("clamp(min=0)", "abs()")), problem="box_iou")
        assert r.verdict == "wrong_answer", r.message


@pytest.mark.skipif(HAVE_CUDA, reason="the zygote is spawned there: the lifted cap would not carry")
def test_resident_memory_is_watched(tmp_path, monkeypatch):
    """A CUDA job has no address-space cap (the driver reserves huge ranges), so the judge
    watches its resident memory instead: simulated here by lifting the cap of a CPU job."""
    from cvdrill.judge import worker

    monkeypatch.setattr(worker, "_limits", lambda job: None)  # inherited by the forked zygote
    src = ("import numpy as np\ndef box_iou(boxes1, boxes2):\n    hog = []\n    for _ in range(96):\n"
           "        hog.append(np.ones(64 << 20, np.uint8))\n    return hog\n")  # 6 GiB, 64 MiB at a time
    (r,) = grade_file(_file(tmp_path, "hog", src), problem="box_iou", device="cpu")
    assert r.verdict == "memory_limit_exceeded", r.message
    assert "passed its memory limit (2048 MiB" in r.message


@pytest.mark.skipif(HAVE_CUDA, reason="this machine has CUDA")
def test_cuda_asked_for_without_cuda(tmp_path):
    with pytest.raises(UsageError, match="CUDA is not available"):
        grade_file(_file(tmp_path, "good", GOOD), device="cuda")


# ------------------------------------------------------------ a judge that is stopped mid-grade


# the worker may write only to its scratch folder (TMPDIR): the judge's temporary folder is
# put under tmp_path, where the test finds the marker
SPIN = """import os, sys
open(os.path.join(os.environ["TMPDIR"], "pid"), "w").write(str(os.getpid()))
def box_iou(boxes1, boxes2):
    while True:
        pass
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] not in ("Z", "X")  # a zombie has ended
    except OSError:
        return False


def _worker_pid(tmp_path, proc) -> int:
    for _ in range(600):
        for marker in tmp_path.glob("cvdrill-*/job*.tmp/pid"):
            if marker.read_text():
                return int(marker.read_text())
        assert proc.poll() is None if hasattr(proc, "poll") else proc.isalive()
        time.sleep(0.05)
    raise AssertionError("the worker never started")


def _gone(pid: int, within: float = 10.0) -> bool:
    t = time.monotonic() + within
    while time.monotonic() < t:
        if not _alive(pid):
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("zygote", ["fork", "spawn"])
def test_ctrl_c_mid_grade_stops_the_worker(zygote, tmp_path):
    """^C in the terminal while a submission spins: cvdrill ends at once (exit 130) and
    leaves nothing running."""
    pexpect = pytest.importorskip("pexpect")
    f = _file(tmp_path, "spin", SPIN)
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path), CVDRILL_ZYGOTE=zygote, TMPDIR=str(tmp_path))
    child = pexpect.spawn(sys.executable, ["-m", "cvdrill", "grade", str(f)], env=env, timeout=30)
    try:
        pid = _worker_pid(tmp_path, child)
        child.sendintr()
        child.expect(pexpect.EOF, timeout=10)
        child.close()
        assert child.exitstatus == 130 or child.signalstatus == 2
        assert _gone(pid), "the worker still runs after ^C"
    finally:
        child.terminate(force=True)


@pytest.mark.parametrize("zygote", ["fork", "spawn"])
def test_killed_judge_leaves_no_worker(zygote, tmp_path):
    """SIGTERM (or SIGKILL) to the judge mid-grade: its zygote and worker die with it."""
    f = _file(tmp_path, "spin", SPIN)
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path), CVDRILL_ZYGOTE=zygote, TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "cvdrill", "grade", str(f)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        pid = _worker_pid(tmp_path, proc)
        proc.kill()
        proc.wait(10)
        assert _gone(pid), "the worker outlived the judge"
    finally:
        proc.kill()


# ------------------------------------------------------------ practice's judge

def test_practice_starts_torch_only_for_a_problem_that_needs_it(tmp_path, monkeypatch):
    """A session of numpy problems never imports torch in its worker pool; the first torch
    problem after them starts a judge that does, and keeps it."""
    from cvdrill import watch
    from cvdrill.judge import run

    started = []
    monkeypatch.setattr(run, "Judge", lambda need_torch=True: started.append(need_torch) or Judge(need_torch))
    lazy = watch.LazyJudge()
    try:
        var, area = _reference(tmp_path, "variance"), _reference(tmp_path, "box_area")
        assert [r.verdict for r in lazy.grade(var, problem="variance")] == ["accepted"]
        first = lazy.judge
        assert (started, lazy.torch) == ([False], False)
        assert [r.verdict for r in lazy.grade(area, problem="box_area")] == ["accepted"]
        assert (started, lazy.torch) == ([False, True], True) and lazy.judge is not first
        assert first.pool.pid is None  # the judge without torch was closed
        assert [r.verdict for r in lazy.grade(var, problem="variance")] == ["accepted"]
        assert started == [False, True]  # kept
    finally:
        lazy.close()
