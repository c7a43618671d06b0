"""Asking one card in the terminal: show it (choice options shuffled), read the answer,
grade it, explain it. quiz, practice and mock all ask through here; the rules live in
quiz.py and the drawing in render.py."""
from __future__ import annotations

import os
import random
import select
import sys
import time
from typing import Optional

from . import quiz as q
from . import render

QUIT = object()  # the user typed q (or Ctrl-D)


def read_line(prompt: str, deadline: Optional[float] = None) -> Optional[str]:
    """A line from the user; None when the deadline (time.monotonic()) passes first.

    On a terminal the line is read from the descriptor only once select() says it is
    complete (the terminal's own line editing still applies), never in a blocking read: a
    Ctrl-C that lands just before a blocking read starts would be held until the next key
    (CPython runs its handler only when the call returns; seen under load), and the clock
    of a deadline is never stuck behind a prompt. On time-out, a half-typed line is
    discarded (it must not leak into the next prompt or into watch mode's single keys).
    Piped input is read as usual (console.input)."""
    con = render.console
    if deadline is None and not _isatty(sys.stdin):
        return con.input(prompt)
    con.print(prompt, end="", markup=False, highlight=False)
    con.file.flush()
    fd = sys.stdin.fileno()
    buf = b""
    while True:
        left = None if deadline is None else deadline - time.monotonic()
        if left is not None and left <= 0:
            _discard_typeahead(fd)
            con.print()
            return None
        # at most 0.5 s in select: a pending Ctrl-C is acted on within that
        ready, _, _ = select.select([fd], [], [], 0.5 if left is None else min(left, 0.5))
        if not ready:
            continue
        ch = os.read(fd, 1)
        if not ch:
            if buf:  # Ctrl-D after some text: the text is the line, as input() takes it
                return buf.decode(errors="replace")
            raise EOFError
        if ch == b"\n":
            return buf.decode(errors="replace")
        buf += ch


def _isatty(f) -> bool:
    try:
        return f.isatty()
    except (AttributeError, ValueError, OSError):
        return False


def _discard_typeahead(fd: int) -> None:
    if os.isatty(fd):
        import termios

        termios.tcflush(fd, termios.TCIFLUSH)


def ask(c: dict, lang: str, n: int, total: int, rng: random.Random, *, explain: bool = True,
        deadline: Optional[float] = None):
    """Show one card (a fresh shuffle of its options), read and grade the answer.

    Returns an Outcome (`skipped` for s, `late` when the deadline passed first) or QUIT.
    With explain=False (mock) nothing is said about right or wrong: the report does it."""
    shown = q.shuffle(c, rng)
    render.card(shown, lang, n, total)
    t0 = time.monotonic()
    con = render.console
    if c["kind"] in q.SELF_GRADED:
        t = read_line(f"{render.ui(lang, 'reveal')} {render.ui(lang, 'quit_hint')} ", deadline)
        if t is None:
            return _late(shown, lang, t0)
        t = t.strip().lower()
        if t == "q":
            return QUIT
        if t == "s":  # postponed: nothing revealed, so the card is still fresh next time
            con.print(render.ui(lang, "skipped"))
            return q.Outcome(shown, None, None, 0, time.monotonic() - t0, skipped=True)
        render.reveal(shown, lang)
        render.explain(shown, lang)
        while True:
            text = read_line(render.ui(lang, "rate") + ": ", deadline)
            if text is None:
                return _late(shown, lang, t0)
            if text.strip().lower() == "q":
                return QUIT
            try:
                rating = q.self_rating(text, lang)
                break
            except q.BadAnswer as e:
                con.print(f"[yellow]{e}[/]")
        return q.Outcome(shown, None, None, rating, time.monotonic() - t0)
    while True:
        text = read_line(f"{render.ui(lang, 'answer')} ({q.expects(shown, lang)}) {render.ui(lang, 'quit_hint')}: ", deadline)
        if text is None:
            return _late(shown, lang, t0)
        t = text.strip().lower()
        if t == "q":
            return QUIT
        if t == "s":
            con.print(render.ui(lang, "skipped"))
            return q.Outcome(shown, None, None, 0, time.monotonic() - t0, skipped=True)
        try:
            answer = q.parse(shown, text, lang)
            break
        except q.BadAnswer as e:
            con.print(f"[yellow]{e}[/]")
    if deadline is not None and time.monotonic() > deadline:
        return _late(shown, lang, t0, answer)
    correct, rating = q.grade(shown, answer)
    if explain:
        render.feedback(shown, correct, lang, answer)
    else:
        con.print(render.ui(lang, "recorded"))
    return q.Outcome(shown, answer, correct, rating, time.monotonic() - t0)


def _late(shown: dict, lang: str, t0: float, answer=None):
    render.console.print(f"[bold yellow]{render.ui(lang, 'late')}[/]")
    return q.Outcome(shown, answer, None, 0, time.monotonic() - t0, late=True)


def run_quiz(cards: list[dict], lang: str, rng: random.Random, store) -> tuple[q.Score, bool]:
    """The quiz loop: every answer is stored as it is given (mode quiz: recorded, but it
    does not move the schedule). Returns the score and whether the user stopped early."""
    score = q.Score()
    try:
        for i, c in enumerate(cards, 1):
            o = ask(c, lang, i, len(cards), rng)
            if o is QUIT:
                return score, True
            if o.counted:
                store.add_review(c["id"], o.rating, o.correct, o.stored_answer(), o.seconds, mode="quiz")
            score.add(o)
    except (KeyboardInterrupt, EOFError):
        render.console.print()
        return score, len(score.outcomes) < len(cards)
    return score, False
