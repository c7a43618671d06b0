"""Driving the real CLI in a pseudo-terminal, as a person would: shared by the pty tests.

Choice cards are shown with shuffled options; with --seed the shuffle is reproducible,
so a test knows which letter the user sees for the right answer by replaying the same
calls (`quiz.shuffle` with a `random.Random(seed)`, card after card, as cvdrill does)."""
import os
import random
import sqlite3
import subprocess
import sys
from pathlib import Path

import pexpect

from cvdrill import quiz as q


def env_for(home, ws=None, **extra):
    env = dict(os.environ, CVDRILL_HOME=str(home), COLUMNS="120", TERM="dumb")  # dumb: no colour codes inside the lines matched
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    if ws:
        env["CVDRILL_WORKSPACE"] = str(ws)
    env.update(extra)
    return env


def _default_sigint():
    # pytest started under nohup or as a background job ignores SIGINT, and a child
    # inherits that: give the CLI a normal start, as a terminal would
    import signal

    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


def interrupt(child, pattern, timeout=None):
    """Ctrl-C, then wait for `pattern`; a child that does not react is described (its
    state, kernel wait channel and signal masks) rather than left as a bare time-out."""
    child.sendintr()
    try:
        return child.expect(pattern, timeout=-1 if timeout is None else timeout)
    except pexpect.TIMEOUT:
        facts = []
        try:
            status = open(f"/proc/{child.pid}/status").read().splitlines()
            facts = [ln for ln in status if ln.split(":")[0] in ("State", "Threads", "SigPnd", "ShdPnd", "SigBlk",
                                                                 "SigIgn", "SigCgt")]
            facts.append("wchan: " + open(f"/proc/{child.pid}/wchan").read())
        except OSError as e:
            facts.append(f"(no /proc facts: {e})")
        raise AssertionError(f"no {pattern!r} after Ctrl-C; the child: {'; '.join(facts)}; "
                             f"its last output: {child.before[-300:]!r}") from None


def spawn(args, home, ws=None, timeout=90, **extra):
    return pexpect.spawn(sys.executable, ["-m", "cvdrill", *args], env=env_for(home, ws, **extra), encoding="utf-8",
                         timeout=timeout, dimensions=(50, 120), preexec_fn=_default_sigint)


def cli(args, home, **kw):
    return subprocess.run([sys.executable, "-m", "cvdrill", *args], env=env_for(home), capture_output=True,
                          text=True, timeout=120, **kw)


def quiz_showing(pool, count, seed):
    """The cards `cvdrill quiz --count N --seed S` shows, as shown (options shuffled)."""
    rng = random.Random(seed)
    picked = q.pick(pool, count, rng.randrange(1 << 30))
    return [q.shuffle(c, rng) for c in picked]


def right_answer(card):
    """What to type for the right answer of a card as shown; None when self-graded."""
    k = card["kind"]
    if k == "single":
        return card["answer"]
    if k in ("multi",):
        return ",".join(card["answer"])
    if k == "numeric":
        return repr(card["answer"])
    if k == "bug":
        return ",".join(map(str, card["answer"]))
    return None


def answer_right(child, card, rated="3"):
    """Answer one card as shown: right where cvdrill grades it, `rated` where it asks."""
    ans = right_answer(card)
    if ans is None:
        child.expect("Press Enter to reveal")
        child.sendline("")
        child.expect("How well did you know it")
        child.sendline(rated)
        return
    child.expect(r"Your answer \(")
    child.sendline(ans)


def header_item(child, n, total):
    """The item id of the practice/mock header `n of total · ... · item`."""
    child.expect(rf"{n} of {total} · due today")
    return child.readline().strip().split("·")[-1].strip()


def db_rows(home, sql, *args):
    db = sqlite3.connect(Path(home) / "progress.db")
    try:
        return db.execute(sql, args).fetchall()
    finally:
        db.close()
