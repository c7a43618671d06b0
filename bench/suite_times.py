"""The test suite's time, per test module: where the README's test command spends it.

    python bench/suite_times.py            # the README's command (python -m pytest -q), timed
    python bench/suite_times.py -- -n 0    # extra pytest arguments after --, e.g. no xdist

Runs pytest once with a JUnit XML report and prints, per module, the number of tests, their
summed seconds (time spent inside the tests, over all xdist workers) and the share of the
total, then the wall-clock time of the whole run, the number of cores, and the CPU time of
pytest and every process it waited for (steadier than the wall clock on a shared machine).
Speed is measured here, never asserted in a test: the machines are shared and noisy.
"""
from __future__ import annotations

import os
import resource
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> int:
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.xml"
        t0 = time.perf_counter()
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        rc = subprocess.call([sys.executable, "-m", "pytest", "-q", f"--junitxml={report}", *extra], cwd=ROOT)
        wall = time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)  # pytest and all it started, once ended
        if not report.exists():
            print("pytest wrote no report", file=sys.stderr)
            return rc or 1
        root = ET.parse(report).getroot()
    per = defaultdict(lambda: [0, 0.0, 0])  # module -> [tests, seconds, failed]
    for case in root.iter("testcase"):
        module = case.get("classname", "?").split(".")
        # classname is tests.test_x or tests.test_x.TestClass
        name = ".".join(module[:2]) if module[0] == "tests" else module[0]
        row = per[name]
        row[0] += 1
        row[1] += float(case.get("time", 0) or 0)
        row[2] += any(c.tag in ("failure", "error") for c in case)
    total = sum(r[1] for r in per.values()) or 1.0
    print(f"\n{'module':<42} {'tests':>6} {'seconds':>8} {'share':>6}")
    for name, (n, s, bad) in sorted(per.items(), key=lambda kv: -kv[1][1]):
        flag = f"  {bad} failed" if bad else ""
        print(f"{name:<42} {n:>6} {s:>8.1f} {s / total:>6.1%}{flag}")
    print(f"{'all':<42} {sum(r[0] for r in per.values()):>6} {total:>8.1f}")
    print(f"\nwall clock {wall:.1f} s on {os.cpu_count()} cores (pytest exit {rc})")
    user, system = r1.ru_utime - r0.ru_utime, r1.ru_stime - r0.ru_stime
    # CPU seconds move less than the wall clock on a shared machine: the better figure to
    # compare two versions of the suite by
    print(f"CPU {user + system:.0f} s (user {user:.0f} s, system {system:.0f} s): "
          f"{(user + system) / (wall * (os.cpu_count() or 1)):.0%} of the cores over the run")
    return rc


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
