"""`cvdrill grade` as a user runs it: exit codes, the table, --json."""
import json
import os
import subprocess
import sys

from test_judge_hostile import GOOD


def run(*args, home):
    env = dict(os.environ, CVDRILL_HOME=str(home), COLUMNS="120")
    return subprocess.run([sys.executable, "-m", "cvdrill", "grade", *args], capture_output=True, text=True,
                          timeout=300, env=env)


def attempts(home):
    import sqlite3

    return sqlite3.connect(home / "progress.db").execute("SELECT slug, verdict FROM attempts").fetchall()


def test_accepted_exit_0_and_json_and_recorded(tmp_path):
    f = tmp_path / "mine.py"
    f.write_text(GOOD)
    r = run(str(f), "--json", home=tmp_path)
    assert r.returncode == 0, r.stdout + r.stderr
    data = json.loads(r.stdout)
    assert data["file"] == str(f) and data["seed"] == 2026
    (res,) = data["results"]
    assert set(res) >= {"problem", "verdict", "passed", "total", "time_ratio", "message", "failing_case"}
    assert res["problem"] == "box_iou" and res["verdict"] == "accepted" and res["time_ratio"] > 0
    assert attempts(tmp_path) == [("box_iou", "accepted")]  # every grade is an attempt
    # the table, on a numpy problem without timing (a second timed grade, or torch imported
    # again, would only cost time)
    g = tmp_path / "var.py"
    g.write_text("import numpy as np\n\ndef variance(x, unbiased=False):\n    a = np.asarray(x, float).ravel()\n"
                 "    n = a.size - unbiased\n    return float(((a - a.mean()) ** 2).sum() / n) if n > 0 else float('nan')\n")
    r = run(str(g), home=tmp_path)
    shown = " ".join(r.stdout.split())  # a long tmp path wraps the header at 80 columns
    assert r.returncode == 0 and "variance" in shown and "accepted" in shown and "seed 2026" in shown
    assert attempts(tmp_path) == [("box_iou", "accepted"), ("variance", "accepted")]


def test_wrong_exit_1_with_details(tmp_path):
    f = tmp_path / "mine.py"
    f.write_text(GOOD.replace("clamp(min=0)", "abs()"))
    r = run(str(f), "--seed", "5", "--dump-case", str(tmp_path / "case.npz"), home=tmp_path)
    assert r.returncode == 1
    out = r.stdout
    assert "wrong_answer" in out and "box_iou(boxes1[" in out and "expected" in out and "seed 5" in out
    assert "has boxes1, boxes2, expected, got" in " ".join(out.split())
    import numpy as np

    with np.load(tmp_path / "case.npz") as d:
        assert set(d) == {"boxes1", "boxes2", "expected", "got", "meta"} and d["expected"].shape == d["got"].shape
    assert "case 0/" not in out and "starting the judge" not in out  # no progress line when piped
    data = json.loads(run(str(f), "--seed", "5", "--json", home=tmp_path).stdout)
    fc = data["results"][0]["failing_case"]
    assert fc["seed"] == 5 and fc["call"].startswith("box_iou(") and "got" in fc


def test_dump_case_round_trips_through_numpy(tmp_path):
    """ssd.pytorch's nms (top_k=200) fails only on a large case: the dump holds it whole, the
    reference on the dumped inputs gives `expected`, the file's own function gives `got`, and
    --json carries the same values."""
    import importlib.util
    from pathlib import Path

    import numpy as np
    import torch

    from cvdrill.judge.run import load_reference

    sub = Path(__file__).parent / "submissions" / "nms" / "ssd_top_k.py"
    r = run(str(sub), "-p", "nms", "--json", "--dump-case", str(tmp_path / "c.npz"), home=tmp_path)
    assert r.returncode == 1, r.stderr
    out = json.loads(r.stdout)
    (res,) = out["results"]
    assert out["dump_case"]["entries"] == ["boxes", "scores", "iou_threshold", "expected", "got"]
    with np.load(tmp_path / "c.npz") as d:
        d = dict(d)
    assert len(d["boxes"]) > 200 and json.loads(str(d["meta"]))["call"] == res["failing_case"]["call"]
    data = res["failing_case"]["data"]
    assert np.array_equal(np.array(data["inputs"]["boxes"]["values"], data["inputs"]["boxes"]["dtype"]), d["boxes"])
    assert data["got"]["values"] == d["got"].tolist() and data["expected"]["values"] == d["expected"].tolist()
    args = (torch.from_numpy(d["boxes"]), torch.from_numpy(d["scores"]), float(d["iou_threshold"]))
    assert load_reference("nms", "nms")(*args).tolist() == d["expected"].tolist()
    spec = importlib.util.spec_from_file_location("ssd_top_k", sub)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.nms(*args).tolist() == d["got"].tolist() != d["expected"].tolist()
    # a folder, or a missing folder, is refused before anything is graded
    for bad in (tmp_path, tmp_path / "no" / "c.npz"):
        r = run(str(sub), "-p", "nms", "--dump-case", str(bad), home=tmp_path)
        assert r.returncode == 2 and "--dump-case" in r.stderr and "Traceback" not in r.stderr


def test_usage_errors_exit_2(tmp_path):
    r = run(str(tmp_path / "missing.py"), home=tmp_path)
    assert r.returncode == 2 and "no such file" in r.stderr and "Traceback" not in r.stderr
    f = tmp_path / "empty.py"
    f.write_text("x = 1\n")
    r = run(str(f), home=tmp_path)
    assert r.returncode == 2 and "--problem" in r.stderr
    r = run(str(f), "--problem", "nope", home=tmp_path)
    assert r.returncode == 2 and "no problem named" in r.stderr


def test_invalid_file_is_a_verdict_not_a_crash(tmp_path):
    f = tmp_path / "broken.py"
    f.write_text("def box_iou(a, b):\n    return (\n")
    r = run(str(f), "--json", home=tmp_path)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    (res,) = json.loads(r.stdout)["results"]
    assert res["verdict"] == "invalid_submission" and "SyntaxError" in res["message"]


def test_a_file_that_does_not_compile_starts_no_judge(tmp_path, monkeypatch):
    """Its verdict is known from compile(): no worker pool, no `import torch` (~2 s)."""
    from cvdrill.judge import run as judge_run

    def no_judge(*a, **k):
        raise AssertionError("a judge was started for a file that does not compile")

    monkeypatch.setattr(judge_run, "Judge", no_judge)
    f = tmp_path / "broken.py"
    f.write_text("def box_iou(a, b):\n    return (\n")
    (res,) = judge_run.grade_file(f)
    assert res.verdict == "invalid_submission" and "SyntaxError at line 2" in res.message


def test_progress_on_a_terminal_then_the_result(tmp_path):
    """On a terminal the judge says what runs (cases i/n, the size being timed against the
    reference's time), each line replacing the last, and the table follows."""
    import re

    from pty_helpers import spawn

    f = tmp_path / "mine.py"
    f.write_text(GOOD)
    child = spawn(["grade", str(f)], tmp_path)
    child.expect(r"box_iou: case \d+/\d+ · \d+\.\d s")
    child.expect(r"box_iou: timing N=M=\d+ \(reference \d+\.\d ms\) on cpu")
    child.expect("accepted")
    rest = child.before + child.after + child.read()
    assert not re.search(r"case \d+/\d+", rest.split("accepted", 1)[1])  # the status is gone
