"""The judge against files that misbehave: it never crashes or hangs, and says why."""
import re
import textwrap
import time

import pytest
from pathlib import Path

from cvdrill import paths
from cvdrill.judge.run import UsageError, grade_file

GOOD = """
import torch
def box_iou(boxes1, boxes2):
    a1 = (boxes1[:, 2] - boxes1[:, 0]) * (boxes1[:, 3] - boxes1[:, 1])
    a2 = (boxes2[:, 2] - boxes2[:, 0]) * (boxes2[:, 3] - boxes2[:, 1])
    lt = torch.maximum(boxes1[:, None, :2], boxes2[None, :, :2])
    rb = torch.minimum(boxes1[:, None, 2:], boxes2[None, :, 2:])
    wh = (rb - lt).clamp(min=0)
    inter = wh[..., 0] * wh[..., 1]
    return inter / (a1[:, None] + a2[None] - inter)
"""

CASES = {
    "infinite_loop": ("def box_iou(boxes1, boxes2):\n    while True:\n        pass\n", "time_limit_exceeded", "stopped after"),
    "ignores_sigterm": ("import signal, time\nsignal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
                        "def box_iou(boxes1, boxes2):\n    time.sleep(1000)\n", "time_limit_exceeded", "stopped after"),
    "segfault": ("import ctypes\ndef box_iou(boxes1, boxes2):\n    return ctypes.string_at(0)\n", "runtime_error", "SIGSEGV"),
    "os_exit": ("import os\ndef box_iou(boxes1, boxes2):\n    os._exit(0)\n", "runtime_error", "os._exit"),
    "system_exit": ("import sys\ndef box_iou(boxes1, boxes2):\n    sys.exit(3)\n", "runtime_error", "SystemExit"),
    "exception": ("def box_iou(boxes1, boxes2):\n    return boxes1 @ boxes2\n", "runtime_error", r"RuntimeError|line 2"),
    "memory_hog": ("import numpy as np\ndef box_iou(boxes1, boxes2):\n    x = np.ones((64, 1024, 1024, 1024), np.uint8)\n    return x\n",
                   "memory_limit_exceeded", "memory"),
    "memory_hog_on_large_input": (GOOD + "\n_ref = box_iou\nimport numpy as np\ndef box_iou(boxes1, boxes2):\n"
                                  "    if len(boxes1) >= 500:\n        np.ones((64, 1024, 1024, 1024), np.uint8)\n"
                                  "    return _ref(boxes1, boxes2)\n", "memory_limit_exceeded", "on the large input N=M=500"),
    "torch_memory_hog": ("import torch\ndef box_iou(boxes1, boxes2):\n    return torch.ones(1 << 36)\n",
                         "memory_limit_exceeded", "memory"),
    "equals_anything": ("class Any:\n    def __eq__(self, o): return True\n    shape = property(lambda s: (0, 0))\n"
                        "def box_iou(boxes1, boxes2):\n    return Any()\n", "wrong_answer", "returned an object of type"),
    "tensor_subclass": (GOOD + "\nclass T(torch.Tensor):\n    pass\n_ref = box_iou\n"
                        "def box_iou(boxes1, boxes2):\n    return _ref(boxes1, boxes2).as_subclass(T)\n", "wrong_answer", r"type submission\.T"),
    "reads_reference": ("import pathlib\n" f"SRC = pathlib.Path({str(paths.solutions_dir())!r}, 'box_iou.py').read_text()\n"
                        "def box_iou(boxes1, boxes2):\n    pass\n", "invalid_submission", "cannot be read"),
    "imports_reference": ("import importlib.util\n"
                          f"s = importlib.util.spec_from_file_location('r', {str(paths.solutions_dir() / 'box_iou.py')!r})\n"
                          "m = importlib.util.module_from_spec(s); s.loader.exec_module(m)\nbox_iou = m.box_iou\n",
                          "invalid_submission", "cannot be read"),
    "lists_references": ("import os\n" f"print(os.listdir({str(paths.solutions_dir())!r}))\n"
                         "def box_iou(boxes1, boxes2):\n    pass\n", "invalid_submission", "cannot be listed"),
    "kills_parent": ("import os, signal\ndef box_iou(boxes1, boxes2):\n    os.kill(os.getppid(), signal.SIGKILL)\n",
                     "runtime_error", "may not signal"),
    "spawns_process": ("import subprocess\ndef box_iou(boxes1, boxes2):\n    subprocess.run(['true'])\n",
                       "runtime_error", "may not start processes"),
    "syntax_error": ("def box_iou(boxes1, boxes2)\n    return 1\n", "invalid_submission", "SyntaxError at line 1"),
    "import_error": ("import no_such_module_xyz\ndef box_iou(boxes1, boxes2):\n    pass\n", "invalid_submission",
                     "no_such_module_xyz"),
    "wrong_signature": ("def box_iou(boxes1):\n    pass\n", "invalid_submission", "wrong signature"),
    "not_callable": ("box_iou = 3\n", "invalid_submission", "no function box_iou"),
    "mutates_inputs": (GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    r = _ref(boxes1, boxes2)\n"
                       "    boxes1.mul_(0); boxes2.add_(7)\n    return r\n", "accepted", ""),
    "print_flood": (GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    print('x' * 100000)\n"
                    "    return _ref(boxes1, boxes2)\n", "accepted", ""),
    "forbidden_alias": ("import torchvision.ops as O\ndef box_iou(boxes1, boxes2):\n    return O.box_iou(boxes1, boxes2)\n",
                        "forbidden", r"torchvision\.ops\.box_iou"),
    "forbidden_getattr": ("import importlib\ndef box_iou(boxes1, boxes2):\n"
                          "    return getattr(importlib.import_module('torchvision.ops'), 'box_iou')(boxes1, boxes2)\n",
                          "forbidden", "box_iou"),
    "numpy_instead_of_tensor": ("import numpy as np\ndef box_iou(boxes1, boxes2):\n    return np.zeros((len(boxes1), len(boxes2)))\n",
                                "wrong_answer", "expected a torch tensor"),
    "wrong_dtype": (GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    return _ref(boxes1, boxes2).double()\n",
                    "wrong_answer", "dtype"),
    "transposed": (GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    return _ref(boxes2, boxes1)\n",
                   "wrong_answer", r"returned shape \[\d+,\d+\], expected"),
}


@pytest.fixture(scope="module")
def judge():
    """One judge for the module: each attack's worker is a fresh fork, and a judge that
    survives them all one after another is part of what is tested."""
    from cvdrill.judge.run import Judge

    with Judge() as j:
        yield j


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile(name, tmp_path, judge):
    src, verdict, pattern = CASES[name]
    f = tmp_path / f"{name}.py"
    f.write_text(textwrap.dedent(src))
    t0 = time.monotonic()
    # a file that never ends waits out the whole limit: 1 s is enough to show it is stopped
    (r,) = judge.grade(f, problem="box_iou", time_limit=1 if verdict == "time_limit_exceeded" else 3)
    assert r.verdict == verdict, f"{r.verdict}: {r.message}"
    import re

    assert re.search(pattern, r.message), r.message
    assert time.monotonic() - t0 < 60


# 24 MiB a call on both streams (and raw bytes) for the first 4 calls: past the output
# file's 64 MiB size limit, yet printing must not change the verdict
FLOOD_8MIB = (GOOD + "\nimport sys\n_ref = box_iou\n_calls = []\ndef box_iou(boxes1, boxes2):\n"
                         "    _calls.append(1)\n    if len(_calls) <= 4:\n"
                         "        print('x' * (8 << 20))\n        print('y' * (8 << 20), file=sys.stderr, flush=True)\n"
                         "        sys.stdout.buffer.write(b'z' * (8 << 20))\n"
                         "    return _ref(boxes1, boxes2)\n")


@pytest.mark.parametrize("name", ["print_flood", "print_flood_8mib"])
def test_print_flood_is_capped(tmp_path, name, judge):
    src = CASES[name][0] if name in CASES else FLOOD_8MIB
    f = tmp_path / "flood.py"
    f.write_text(src)
    (r,) = judge.grade(f, problem="box_iou")
    assert r.verdict == "accepted", r.message
    assert len(r.output) < 5000 and r.output.endswith("(output cut)") and r.output.startswith("xxx")


def test_usage_errors(tmp_path):
    with pytest.raises(UsageError, match="no such file"):
        grade_file(tmp_path / "nope.py")
    f = tmp_path / "nothing.py"
    f.write_text("def hello():\n    pass\n")
    with pytest.raises(UsageError, match="defines no function"):
        grade_file(f)
    with pytest.raises(UsageError, match="no problem named"):
        grade_file(f, problem="box_iuo")


def test_missing_function_with_problem_forced(tmp_path):
    f = tmp_path / "nothing.py"
    f.write_text("def hello():\n    pass\n")
    (r,) = grade_file(f, problem="box_iou")
    assert r.verdict == "invalid_submission" and "no function box_iou" in r.message


def test_failing_random_case_is_shrunk(tmp_path):
    # wrong only when a box lies right of x=50: the shrunk case keeps one such box
    f = tmp_path / "half.py"
    f.write_text(GOOD + "\n_ref = box_iou\ndef box_iou(boxes1, boxes2):\n    r = _ref(boxes1, boxes2)\n"
                 "    return torch.where(boxes1[:, None, 0] > 90, r * 0.5, r)\n")
    (r,) = grade_file(f, problem="box_iou")
    assert r.verdict == "wrong_answer"
    fc = r.failing_case
    assert "shrunk" in fc["name"] and "boxes1[1,4]" in fc["call"], fc
    assert "expected" in fc and "got" in fc
    # which arguments the shrink made smaller, each by name, from and to its shape
    assert re.match(r"boxes1 \[\d+,4\] -> \[1,4\](, boxes2 \[\d+,4\] -> \[\d+,4\])?$", fc["shrunk"]), fc["shrunk"]
    assert "N=" not in fc["name"]
    # the paste-able call reproduces the failure: run it under the user's function
    import torch

    ns = {}
    exec(f.read_text(), ns)
    *setup, call = fc["paste"].splitlines()
    exec("\n".join(setup), ns)
    got = eval(call, ns)
    want = torch.tensor(fc["values"]["expected"]["values"], dtype=got.dtype)
    assert got.shape == want.shape and not torch.allclose(got, want)
    assert torch.allclose(got, torch.tensor(fc["values"]["got"]["values"], dtype=got.dtype))


def test_failing_inputs_paste_as_python_and_json_as_nested_lists(tmp_path):
    import json
    import subprocess
    import sys

    f = tmp_path / "touching.py"  # .abs() instead of clamp: touching boxes get IoU 1
    f.write_text(GOOD.replace("clamp(min=0)", "abs()"))
    (r,) = grade_file(f, problem="box_iou")
    fc = r.failing_case
    assert fc["paste"].startswith("import torch\nboxes1 = torch.tensor([[")
    assert "dtype=torch.float32)" in fc["paste"] and fc["paste"].endswith("box_iou(boxes1, boxes2)")
    b1 = fc["input"]["boxes1"]
    assert b1["dtype"] == "float32" and b1["shape"] == [len(b1["values"]), 4]
    assert isinstance(b1["values"][0], list) and isinstance(b1["values"][0][0], float)
    assert fc["values"]["expected"]["dtype"] == "torch.float32"
    # the numpy form, for a numpy problem: it runs as pasted
    sub = Path(__file__).parent / "submissions" / "sobel" / "clip_to_uint8.py"
    (rn,) = grade_file(sub, problem="sobel")
    paste = rn.failing_case["paste"]
    assert paste.startswith("import numpy as np\nimage = np.array([[") and ", dtype=np." in paste
    ns = {}
    exec(sub.read_text() + "\n" + paste, ns)
    # the CLI's --json carries the same
    out = subprocess.run([sys.executable, "-m", "cvdrill", "grade", str(f), "--json"], capture_output=True, text=True,
                         timeout=120)
    data = json.loads(out.stdout)["results"][0]["failing_case"]
    assert data["input"] == fc["input"] and data["paste"] == fc["paste"]


def test_same_seed_same_cases_and_seed_printed(tmp_path):
    f = tmp_path / "plus1.py"
    f.write_text(GOOD.replace("boxes1[:, 3] - boxes1[:, 1])", "boxes1[:, 3] - boxes1[:, 1] + 0.01)"))
    a = grade_file(f, problem="box_iou", seed=11)[0]
    b = grade_file(f, problem="box_iou", seed=11)[0]
    assert a.verdict == b.verdict == "wrong_answer"
    assert a.message == b.message and a.failing_case["seed"] == 11


def test_bad_files_are_verdicts_and_python_encodings_are_read(tmp_path, judge):
    """A BOM or a coding cookie is read as Python reads it; a file too deep or too large to
    compile is invalid_submission, never a traceback."""
    bom = tmp_path / "bom.py"
    bom.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    latin = tmp_path / "latin.py"
    latin.write_bytes(b"# -*- coding: latin-1 -*-\n# caf\xe9\n" + GOOD.encode())
    for f in (bom, latin):  # one judge: the reference is timed once for both
        (r,) = judge.grade(f, problem="box_iou")
        assert r.verdict == "accepted", (f.name, r.message)
    deep = tmp_path / "deep.py"
    deep.write_text("def box_iou(boxes1, boxes2):\n    return " + "-" * 200_000 + "1\n")
    big = tmp_path / "big.py"
    big.write_text(GOOD + "\n" + "x = 1\n" * 200_000)
    for f, pattern in ((deep, "does not import"), (big, "over 1 MiB")):
        (r,) = grade_file(f, problem="box_iou")
        assert r.verdict == "invalid_submission" and re.search(pattern, r.message), (f.name, r.message)


def test_seed_is_checked(tmp_path):
    import subprocess
    import sys

    f = tmp_path / "mine.py"
    f.write_text(GOOD)
    r = subprocess.run([sys.executable, "-m", "cvdrill", "grade", str(f), "--seed", "-5"], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr and "--seed" in r.stderr


def test_mismatch_messages_say_the_tolerance_and_every_fault():
    import numpy as np

    from cvdrill.judge.spec import compare

    m = compare(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
    assert "tolerance rtol 1e-05, atol 1e-06" in m
    assert "compared exactly" in compare(np.array([1, 2]), np.array([1, 3]))
    # dtype and values both wrong: both said; dtype alone: the values are said to be right
    both = compare(np.array([1.0, 2.0], np.float32), np.array([1.0, 3.0], np.float64))
    assert "returned dtype float64, expected float32" in both and "the values differ too" in both
    only = compare(np.array([1.0, 2.0], np.float32), np.array([1.0, 2.0], np.float64))
    assert "the values themselves are right" in only
    # values that differ below the printed precision show enough digits to see it
    tiny = compare(1.0, 1.0 + 2.5e-8, rtol=1e-9, atol=0)
    assert "1.000000025" in tiny and "tolerance rtol 1e-09" in tiny


# ------------------------------------------------------------ attacks (submissions/_hostile)

HOSTILE = sorted((Path(__file__).parent / "submissions" / "_hostile").glob("*.py"))


def _children() -> set[int]:
    """Every process descended from this one (by /proc): a fork that escaped would show."""
    import os

    kids: dict = {}
    for d in os.listdir("/proc"):
        if d.isdigit():
            try:
                ppid = int(open(f"/proc/{d}/stat").read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            kids.setdefault(ppid, set()).add(int(d))
    out, todo = set(), [os.getpid()]
    while todo:
        for c in kids.get(todo.pop(), ()):
            if c not in out:
                out.add(c)
                todo.append(c)
    return out


@pytest.mark.parametrize("sub", HOSTILE, ids=lambda p: p.stem)
def test_attack(sub, judge, tmp_path):
    """Each attack ends in its verdict, within the limit, with nothing left behind: no new
    process, no file but the judge's own; and the shown output holds no control character."""
    import shutil

    from test_judge_problems import headers

    head = headers(sub)
    f = tmp_path / sub.name
    shutil.copy(sub, f)
    before = _children()
    t0 = time.monotonic()
    (r,) = judge.grade(f, problem=head["problem"], time_limit=1 if head["expect"] == "time_limit_exceeded" else 3)
    assert r.verdict == head["expect"], f"{r.verdict}: {r.message}"
    assert re.search(head["message"], r.message), r.message
    assert time.monotonic() - t0 < 60
    assert f.exists() and sorted(p.name for p in tmp_path.iterdir()) == [sub.name]
    time.sleep(0.2)
    assert _children() <= before, "a process outlived the grade"
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", r.output), repr(r.output)
    box = r.sandbox or {}
    assert box.get("seccomp") and box.get("landlock"), f"the sandbox was not in force here: {box}"


@pytest.fixture(autouse=True)
def _kernel_fences(request):
    """The attacks need the kernel's fences: on a kernel without Landlock or seccomp they
    would get through (and `grade --json` says so), which is a fact of that machine."""
    if request.node.originalname != "test_attack":
        return
    from cvdrill.judge import sandbox

    if sandbox.landlock_abi() < 1:
        pytest.skip("this kernel has no Landlock (grade --json reports it off)")


def test_protections_off_are_reported(tmp_path, monkeypatch):
    """CVDRILL_SANDBOX=off (for telling a sandbox fault from a code fault) grades without the
    fences, and both --json and the report say so."""
    import json

    from cvdrill import render
    from cvdrill.judge.run import Judge

    f = tmp_path / "area.py"
    f.write_text("def box_area(boxes):\n    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])\n")
    monkeypatch.setenv("CVDRILL_SANDBOX", "off")  # the forked zygote and its workers inherit it
    with Judge() as j:
        (r,) = j.grade(f, problem="box_area")
    assert r.verdict == "accepted" and json.loads(json.dumps(r.to_json()))["sandbox"]["off"] == "CVDRILL_SANDBOX=off"
    with render.console.capture() as cap:
        render.grade_report([r], str(f), 2026)
    assert "Protections off on this machine: CVDRILL_SANDBOX=off" in " ".join(cap.get().split())


def test_orphans_are_killed_without_the_fences(tmp_path, monkeypatch):
    """Where the kernel lacks seccomp (here: the fences turned off), fork through libc gets
    through; each forked child outlives its worker, comes back to the zygote (a child
    subreaper) and is killed there, whatever it did to its process group."""
    import shutil

    from cvdrill.judge.run import Judge

    monkeypatch.setenv("CVDRILL_SANDBOX", "off")  # the forked zygote and its workers inherit it
    f = tmp_path / "fork.py"
    shutil.copy(Path(__file__).parent / "submissions" / "_hostile" / "ctypes_fork.py", f)
    before = _children()
    with Judge() as j:
        (r,) = j.grade(f, problem="box_iou", time_limit=3)
        assert r.verdict == "accepted", r.message  # nothing refused the fork: it ran 25 times
        time.sleep(0.2)
        assert _children() <= before | {j.pool.pid}, "a process a worker forked outlived its job"


def test_another_sessions_store_is_hidden_too(judge, tmp_path):
    """Two grades at once (two terminals) time the same inputs for the same problem and seed:
    a worker of one session must not read the other session's store either."""
    import os
    import shutil
    import tempfile

    from cvdrill.judge.run import Judge

    with Judge(need_torch=False) as other:
        # every session's store lies in the one folder the sandbox hides (the attack reads there)
        assert Path(other.store.name).parent == Path(judge.stores) == Path(tempfile.gettempdir()) / f"cvdrill-judge-{os.getuid()}"
        (Path(other.store.name) / "plan0").write_bytes(b"the other session's timed inputs")
        f = tmp_path / "peek.py"
        shutil.copy(Path(__file__).parent / "submissions" / "_hostile" / "reads_timing_store.py", f)
        (r,) = judge.grade(f, problem="im2col", time_limit=3)
    assert r.verdict == "runtime_error" and "the judge's store is hidden" in r.message, r.message
