"""Do timing verdicts hold still? Grades each timed problem's reference and its corpus
files whose verdict is about speed (accepted: the honest vectorised classes, which must stay
accepted; time_limit_exceeded: the loops, which must stay out) several times, quiet and then
with the other core kept busy, and prints the verdicts and ratio ranges. A file whose ratio
comes within 2x of the limit on either side is marked NEAR: the limit should sit between the
classes with room to spare (issue 16.5).

  python bench/timing_stability.py [ROUNDS] [SLUG | SLUG/FILE ...]

SLUG/FILE (a corpus file's stem, or "reference") times that file alone.
"""
from __future__ import annotations

import multiprocessing as mp
import re
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout, installed or not

from cvdrill import paths
from cvdrill.judge.run import Judge, load_problem, problem_slugs

ROOT = Path(__file__).resolve().parents[1]


def spin(stop):
    x = 0
    while not stop.is_set():
        x += 1


def files_for(slug: str, tmp: Path) -> list[tuple[Path, str]]:
    ref = tmp / f"{slug}_reference.py"
    shutil.copy(paths.solutions_dir() / f"{slug}.py", ref)
    out = [(ref, "accepted")]
    for f in sorted((ROOT / "tests" / "submissions" / slug).glob("*.py")):
        m = re.search(r"# expect: (\w+)", f.read_text())
        if m and m.group(1) in ("time_limit_exceeded", "accepted"):
            out.append((f, m.group(1)))
    return out


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1].isdigit() else 3
    picks = [a for a in sys.argv[1:] if not a.isdigit()]
    slugs = list(dict.fromkeys(a.split("/")[0] for a in picks)) or [s for s in problem_slugs() if load_problem(s).timed]
    flips = near = 0
    with tempfile.TemporaryDirectory() as d, Judge() as judge:
        for slug in slugs:
            only = {a.split("/", 1)[1] for a in picks if a.startswith(slug + "/")}
            for f, want in files_for(slug, Path(d)):
                if only and f.stem.replace(slug + "_", "") not in only:
                    continue
                for busy in (False, True):
                    stop = mp.Event()
                    p = mp.Process(target=spin, args=(stop,)) if busy else None
                    if p:
                        p.start()
                    verdicts, ratios, timed_on = Counter(), [], {"cpu"}
                    try:
                        for _ in range(rounds):
                            (r,) = judge.grade(f, problem=slug)
                            verdicts[r.verdict] += 1
                            timed_on = {t["device"] for t in r.timing} or timed_on
                            if r.time_ratio is not None:
                                ratios.append(r.time_ratio)
                    finally:
                        if p:
                            stop.set()
                            p.join()
                    ok = set(verdicts) == {want}
                    flips += not ok
                    rng = f"{min(ratios):.2f}-{max(ratios):.2f}x" if ratios else "-"
                    limit = max(load_problem(slug).timed.limit(d) for d in timed_on)
                    close = any(limit / 2 <= r <= limit * 2 for r in ratios)
                    near += close
                    print(f"{slug:16s} {f.stem:28s} {'busy ' if busy else 'quiet'} {dict(verdicts)} ratio {rng}"
                          f" (limit {limit:g}x, {'/'.join(sorted(timed_on))}){'   NEAR' if close else ''}"
                          f"{'' if ok else '   <-- FLIPPED (wanted ' + want + ')'}", flush=True)
    print(f"{flips} unstable file/load combinations, {near} within 2x of the limit")
    return 1 if flips else 0


if __name__ == "__main__":
    sys.exit(main())
