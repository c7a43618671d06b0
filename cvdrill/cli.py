"""The command line: thin commands over the library modules.

bank.py loads the YAML bank, quiz.py grades cards, judge/ grades code, store.py keeps
progress, practice.py schedules reviews, render.py draws. torch is imported only by
commands that grade code.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]})


class Lang(str, Enum):
    en = "en"
    zh = "zh"


class Device(str, Enum):
    default = "default"
    cpu = "cpu"
    cuda = "cuda"
    all = "all"


def _fail(msg: str, code: int = 1):
    from .render import err

    err.print(f"[bold red]error:[/] {msg}", markup=True, highlight=False, soft_wrap=True)
    raise typer.Exit(code)


def _lang(lang: Optional[Lang]) -> str:
    from .text import default_lang

    return lang.value if lang else default_lang()


def _bank(only_topic: Optional[str] = None, problems: bool = True):
    from . import bank as bankmod

    try:
        return bankmod.load(only_topic=only_topic, problems=problems)
    except bankmod.BankError as e:
        _fail("the question bank has errors:\n" + "\n".join(e.messages))


def _store():
    from .store import Store, StoreError

    try:
        return Store()
    except StoreError as e:
        _fail(str(e))


@app.callback()
def _root():
    """cvdrill: drill for computer-vision deep-learning interviews.

    Concept cards (quiz), a judge for hand-written code (grade) and a daily
    spaced-repetition loop (practice). Progress is kept in a SQLite file under your
    data folder (CVDRILL_HOME overrides it).

    \b
    Examples:
      cvdrill quiz losses          10 cards on loss functions
      cvdrill grade my_nms.py      judge your nms() against the reference
      cvdrill list                 topics and coding problems
    """


@app.command()
def quiz(
    topic: Optional[str] = typer.Argument(None, help="A topic or tag (see `cvdrill list`); none for a mix."),
    count: int = typer.Option(10, "--count", "-n", min=1, help="How many cards."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Fix the choice and order of cards."),
):
    """Answer concept cards; each is graded and explained, then a score table.

    Multiple choice, numeric and spot-the-bug cards are graded by cvdrill; short
    answers and formulas are shown and you grade yourself (1 Again .. 4 Easy).
    Type q to stop (or Ctrl-C): the answers so far are kept and scored.

    Example: cvdrill quiz nms --count 5 --lang zh
    """
    from . import quiz as q
    from . import render

    lang_ = _lang(lang)
    b = _bank(only_topic=topic, problems=False)
    cards = b.select(topic)
    if not cards:
        near = b.closest(topic)
        _fail(f"no topic or tag named {topic!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
              + " (`cvdrill list` shows the topics)", 2)
    st = _store()
    score = q.Score()
    picked = q.pick(cards, count, seed)
    stopped = False
    try:
        for i, c in enumerate(picked, 1):
            outcome = ask(c, lang_, i, len(picked))
            if outcome is None:
                stopped = True
                break
            st.add_review(c["id"], outcome.rating, outcome.correct, outcome.answer, outcome.seconds, mode="quiz")
            score.add(outcome)
    except (KeyboardInterrupt, EOFError):
        stopped = True
        render.console.print()
    render.score(score, lang_, stopped=stopped)


def ask(c: dict, lang: str, n: int, total: int):
    """Show one card, read and grade the answer; None when the user quits."""
    import time

    from . import quiz as q
    from . import render

    render.card(c, lang, n, total)
    t0 = time.monotonic()
    con = render.console
    if c["kind"] in q.SELF_GRADED:
        if con.input(f"{render.ui(lang, 'reveal')} {render.ui(lang, 'quit_hint')} ").strip().lower() == "q":
            return None
        render.reveal(c, lang)
        render.explain(c, lang)
        while True:
            text = con.input(render.ui(lang, "rate") + ": ")
            if text.strip().lower() == "q":
                return None
            try:
                rating = q.self_rating(text)
                break
            except q.BadAnswer as e:
                con.print(f"[yellow]{e}[/]")
        return q.Outcome(c, None, None, rating, time.monotonic() - t0)
    while True:
        text = con.input(f"{render.ui(lang, 'answer')} ({q.expects(c)}) {render.ui(lang, 'quit_hint')}: ")
        t = text.strip().lower()
        if t == "q":
            return None
        if t == "s":
            con.print(render.ui(lang, "skipped"))
            render.feedback(c, False, lang)
            return q.Outcome(c, None, False, 1, time.monotonic() - t0)
        try:
            answer = q.parse(c, text)
            break
        except q.BadAnswer as e:
            con.print(f"[yellow]{e}[/]")
    correct, rating = q.grade(c, answer)
    render.feedback(c, correct, lang)
    return q.Outcome(c, answer, correct, rating, time.monotonic() - t0)


@app.command("list")
def list_(json_: bool = typer.Option(False, "--json", help="Print JSON instead of tables.")):
    """List the topics (with card counts) and the coding problems.

    Example: cvdrill list --json
    """
    from . import render

    b = _bank()
    if json_:
        out = {"topics": [{"topic": k, "title": v["title"], "cards": len(v["cards"]),
                           "tags": sorted({t for c in v["cards"] for t in c.get("tags", [])})}
                          for k, v in sorted(b.topics.items())],
               "problems": [{"slug": k, "title": v["title"], "topic": v["topic"], "difficulty": v["difficulty"],
                             "signature": v["signature"]} for k, v in sorted(b.problems.items())]}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    render.topics_table(b)


@app.command()
def show(
    item: str = typer.Argument(..., help="A card id (losses.smooth-l1-grad) or a problem slug (nms)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh."),
):
    """Show one card with its answer, or one coding problem's statement and stub.

    Example: cvdrill show nms
    """
    from . import render

    lang_ = _lang(lang)
    b = _bank()
    if item in b.problems:
        render.show_problem(b.problems[item], lang_)
        return
    cards = b.cards
    if item in cards:
        render.show_card(cards[item], lang_)
        return
    import difflib

    near = difflib.get_close_matches(item, list(cards) + list(b.problems), n=3, cutoff=0.5)
    _fail(f"no card or problem {item!r}" + (f"; did you mean {', '.join(near)}?" if near else ""), 2)


@app.command()
def grade(
    file: Path = typer.Argument(..., help="A Python file with your functions (e.g. def nms(...))."),
    problem: Optional[str] = typer.Option(None, "--problem", "-p", help="Grade this problem only (slug)."),
    device: Device = typer.Option(Device.default, "--device", help="cpu, cuda or all (default: cpu, plus cuda when present)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Seed of the random cases (printed, so failures reproduce)."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
):
    """Judge your hand-written functions against the hidden references.

    Every top-level function named like a problem (nms, box_iou, sobel, ...) is run
    on seeded random and edge cases in a separate process, compared with the
    reference, and timed where speed matters. Exit code 0 when all are accepted,
    1 otherwise, 2 for usage errors.

    Example: cvdrill grade my_nms.py --problem nms --seed 7
    """
    from .judge.run import DEFAULT_SEED, UsageError, grade_file

    seed_ = DEFAULT_SEED if seed is None else seed
    try:
        results = grade_file(file, problem=problem, device=device.value, seed=seed_)
    except UsageError as e:
        _fail(str(e), 2)
    from .store import StoreError

    try:
        st = _store()
        for r in results:
            st.add_attempt(r.problem, r.verdict, r.time_ratio, mode="grade")
    except (StoreError, typer.Exit):
        pass
    if json_:
        typer.echo(json.dumps({"file": str(file), "seed": seed_, "results": [r.to_json() for r in results]},
                              ensure_ascii=False, indent=1))
    else:
        from . import render

        render.grade_report(results, str(file), seed_)
    raise typer.Exit(0 if all(r.verdict == "accepted" for r in results) else 1)


@app.command()
def validate(bank: Optional[list[Path]] = typer.Option(None, "--bank", help="A bank folder to check instead of the built-in one (repeatable).")):
    """Check a question bank; errors name file, line and field; exit 1 on any error.

    Without --bank: the built-in bank plus the folders in CVDRILL_BANK.

    Example: cvdrill validate --bank ~/my-cards
    """
    from . import bank as bankmod

    dirs = list(bank) if bank else bankmod.bank_dirs()
    errors = bankmod.validate(dirs)
    for e in errors:
        typer.echo(e, err=True)
    if errors:
        typer.echo(f"{len(errors)} error(s)", err=True)
        raise typer.Exit(1)
    b = bankmod.load(dirs, cache=False)
    n = sum(len(t["cards"]) for t in b.topics.values())
    typer.echo(f"ok: {len(b.topics)} topics, {n} cards, {len(b.problems)} problems")


def main():
    app()
