"""Start-up benchmarks, as ratios to a floor measured in the same run.

  python bench/startup.py            # all
  python bench/startup.py quiz       # `cvdrill quiz losses` to its first question, vs `python -c "import typer, rich"`
  python bench/startup.py grade      # `cvdrill grade` of one small untimed problem, vs `python -c "import torch"`

Each figure is the median of several runs; the machine is shared, so read the ratios
(both sides are measured in the same run), not the seconds.
"""
from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pexpect

PY = sys.executable
TOPIC = os.environ.get("BENCH_TOPIC", "losses")
RUNS = int(os.environ.get("BENCH_RUNS", "7"))


def wall(cmd: list[str]) -> float:
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - t0


def to_first_question(home: str) -> float:
    env = dict(os.environ, CVDRILL_HOME=home)
    t0 = time.perf_counter()
    child = pexpect.spawn(PY, ["-m", "cvdrill", "quiz", TOPIC, "--seed", "1", "--lang", "en"], env=env,
                          encoding="utf-8", timeout=60, dimensions=(50, 100))
    child.expect(r"Question 1/")
    dt = time.perf_counter() - t0
    child.sendline("q")
    child.expect(pexpect.EOF)
    return dt


def median(f, *a) -> float:
    return statistics.median(f(*a) for _ in range(RUNS))


def bench_quiz() -> None:
    with tempfile.TemporaryDirectory() as home:
        to_first_question(home)  # the first run fills the parsed-bank cache
        floor = median(wall, [PY, "-c", "import typer, rich"])
        quiz = median(to_first_question, home)
        print(f"quiz: first question {quiz * 1e3:.0f} ms; floor (import typer, rich) {floor * 1e3:.0f} ms; "
              f"ratio {quiz / floor:.2f}x (target <= 2x)")
        with tempfile.TemporaryDirectory() as cold:
            t = to_first_question(cold)
            print(f"quiz, cold cache (parses and validates the YAML): {t * 1e3:.0f} ms, {t / floor:.2f}x")


SMALL = '''
import numpy as np
def psnr(img1, img2, max_val=255.0):
    mse = np.mean((img1.astype(np.float64) - img2.astype(np.float64)) ** 2)
    return float("inf") if mse == 0 else float(10 * np.log10(max_val ** 2 / mse))
'''


SMALL_TORCH = '''
import torch
def box_area(boxes):
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
'''


def bench_grade() -> None:
    floor = median(wall, [PY, "-c", "import torch"])
    for slug, src, what in (("psnr", SMALL, "numpy: torch is never imported"),
                            ("box_area", SMALL_TORCH, "torch, imported once")):
        with tempfile.TemporaryDirectory() as d:
            f = Path(d) / "sub.py"
            f.write_text(src)
            env = dict(os.environ, CVDRILL_HOME=d)
            cmd = [PY, "-m", "cvdrill", "grade", str(f), "--problem", slug]
            subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL)

            def grade() -> float:
                t0 = time.perf_counter()
                r = subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL)
                assert r.returncode == 0, f"the {slug} submission should be accepted"
                return time.perf_counter() - t0

            g = median(grade)
            print(f"grade: one small untimed problem, {slug} ({what}) {g * 1e3:.0f} ms; floor (import torch) "
                  f"{floor * 1e3:.0f} ms; ratio {g / floor:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    which = sys.argv[1:] or ["quiz", "grade"]
    if "quiz" in which:
        bench_quiz()
    if "grade" in which:
        bench_grade()
