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


_LANG: Optional[str] = None  # the command's language, once it has read --lang


def _error(msg: str, lang: str) -> None:
    """An error line on stderr, in the reader's language (printed as text, not markup)."""
    from rich.text import Text

    from .render import err

    if lang == "zh":
        from .judge.zh import usage_zh

        line = Text("错误：", style="bold red") + Text(usage_zh(msg))
    else:
        line = Text("error: ", style="bold red") + Text(msg)
    err.print(line, highlight=False, soft_wrap=True)


def _fail(msg: str, code: int = 1):
    from .text import default_lang

    _error(msg, _LANG or default_lang())
    raise typer.Exit(code)


def _lang(lang: Optional[Lang]) -> str:
    from .text import default_lang

    global _LANG
    _LANG = lang.value if lang else default_lang()
    return _LANG


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


def _version(value: bool):
    if value:
        from . import __version__

        typer.echo(f"cvdrill {__version__}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")):
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
    seed: Optional[int] = typer.Option(None, "--seed", help="Fix the choice and order of cards and of their options."),
):
    """Answer concept cards; each is graded and explained, then a score table.

    Multiple choice, numeric and spot-the-bug cards are graded by cvdrill; short
    answers and formulas are shown and you grade yourself (1 Again .. 4 Easy).
    The options of a choice card are shuffled each time it is shown. Type s to
    skip a card (not counted), q to stop (or Ctrl-C): the answers so far are kept
    and scored.

    Example: cvdrill quiz nms --count 5 --lang zh
    """
    import random

    from . import quiz as q
    from . import render
    from .ask import run_quiz

    lang_ = _lang(lang)
    b = _bank(only_topic=topic, problems=False)
    cards = b.select(topic)
    if not cards:
        near = b.closest(topic)
        _fail(f"no topic or tag named {topic!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
              + " (`cvdrill list` shows the topics)", 2)
    rng = random.Random(seed)
    score, stopped = run_quiz(q.pick(cards, count, rng.randrange(1 << 30)), lang_, rng, _store())
    render.score(score, lang_, stopped=stopped)


@app.command("list")
def list_(
    topic: Optional[str] = typer.Argument(None, help="A topic: list its cards (with ids) and problems."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
):
    """List the topics (with card counts) and the coding problems, or one topic's cards.

    \b
    Examples:
      cvdrill list                 every topic and problem
      cvdrill list nms             the nms cards with their ids, and the nms problems
      cvdrill list --json
    """
    from . import render

    lang_ = _lang(lang)
    b = _bank()
    if topic is not None and topic not in b.topics:
        _unknown_topic(b, topic)
    if json_:
        if topic is not None:
            tp = b.topics[topic]
            out = {"topic": topic, "title": tp["title"],
                   "cards": [{"id": c["id"], "kind": c["kind"], "difficulty": c["difficulty"],
                              "tags": c.get("tags", []), "prompt": c["prompt"]} for c in tp["cards"]],
                   "problems": sorted(k for k, v in b.problems.items() if v["topic"] == topic)}
            typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
            return
        out = {"topics": [{"topic": k, "title": v["title"], "cards": len(v["cards"]),
                           "tags": sorted({t for c in v["cards"] for t in c.get("tags", [])})}
                          for k, v in sorted(b.topics.items())],
               "problems": [{"slug": k, "title": v["title"], "topic": v["topic"], "difficulty": v["difficulty"],
                             "signature": v["signature"]} for k, v in sorted(b.problems.items())]}
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
        return
    if topic is not None:
        render.topic_listing(b, topic, lang_)
        return
    render.topics_table(b, lang_)


def _unknown_topic(b, topic: str):
    near = [n for n in b.closest(topic) if n in b.topics]
    _fail(f"no topic named {topic!r}" + (f"; did you mean {', '.join(near)}?" if near else "")
          + " (`cvdrill list` shows the topics)", 2)


@app.command()
def show(
    item: str = typer.Argument(..., help="A card id (losses.smooth-l1-formula), a problem slug (nms) or a topic (lists its cards)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh."),
    stub: bool = typer.Option(False, "--stub", help="Print only a problem's starting file, plain, to redirect into a .py file."),
    example: bool = typer.Option(False, "--example", help="Draw a worked example of a problem, step by step (nms, soft_nms, box_iou, sobel, voc_ap, roc_auc, ...)."),
):
    """Show one card with its answer, one coding problem's statement and stub, or a topic's cards.

    \b
    Examples:
      cvdrill show nms --stub > nms.py   the starting file
      cvdrill show nms --example         greedy NMS on five boxes, step by step
    """
    from . import render

    lang_ = _lang(lang)
    b = _bank()
    if example:
        from .examples import EXAMPLES

        if item not in EXAMPLES:
            _fail(f"--example: no worked example for {item!r} yet; there is one for {', '.join(sorted(EXAMPLES))}", 2)
        render.console.print(EXAMPLES[item](lang_, width=min(render.console.width, 80)))
        return
    if item in b.problems:
        if stub:
            typer.echo(b.problems[item]["stub"], nl=False)
            return
        render.show_problem(b.problems[item], lang_)
        return
    if stub:
        _fail(f"--stub: {item!r} is not a problem slug (see `cvdrill list`)", 2)
    if item in b.topics:
        render.topic_listing(b, item, lang_)
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
    seed: Optional[int] = typer.Option(None, "--seed", min=0, max=2**63 - 1,
                                       help="Seed of the random cases (printed, so failures reproduce)."),
    json_: bool = typer.Option(False, "--json", help="Print one JSON object instead of tables."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh for the report (default: from the locale)."),
    dump_case: Optional[Path] = typer.Option(None, "--dump-case", metavar="FILE.npz",
                                             help="Write the first failing case, whole (inputs, expected, got), to FILE.npz."),
):
    """Judge your hand-written functions against the hidden references.

    Every top-level function named like a problem (nms, box_iou, sobel, ...) is run
    on seeded random and edge cases in a separate process, compared with the
    reference, and timed where speed matters. Exit code 0 when all are accepted,
    1 otherwise, 2 for usage errors (or when the judge itself cannot run).

    Example: cvdrill grade my_nms.py --problem nms --seed 7 --dump-case case.npz
    """
    from .judge.run import DEFAULT_SEED, JudgeError, UsageError, grade_file

    from . import render

    seed_ = DEFAULT_SEED if seed is None else seed
    lang_ = _lang(lang)
    if dump_case is not None and (dump_case.is_dir() or not dump_case.parent.is_dir()):
        _fail(f"--dump-case {dump_case}: " + ("is a folder: give a file name, e.g. " + str(dump_case / "case.npz")
                                               if dump_case.is_dir() else "its folder does not exist"), 2)
    try:
        with (render._NoStatus() if json_ else render.status()) as live:
            results = grade_file(file, problem=problem, device=device.value, seed=seed_,
                                 progress=lambda line: live.update(render.Text(render.progress_line(line, lang_))))
    except UsageError as e:
        _fail(str(e), 2)
    except JudgeError as e:
        _fail(f"the judge could not run: {e} (not your file's doing; try reinstalling cvdrill)", 2)
    from .store import StoreError

    try:
        st = _store()
        for r in results:
            st.add_attempt(r.problem, r.verdict, r.time_ratio, mode="grade")
    except (StoreError, typer.Exit):
        pass
    dumped = None
    failed = next((r for r in results if r.case_data is not None), None)
    if dump_case is not None and failed is not None:
        from .judge.run import dump_case as write_case

        try:
            dumped = (failed.problem, write_case(failed, dump_case))
        except UsageError as e:
            _fail(str(e), 2)
    if json_:
        out = {"file": str(file), "seed": seed_, "results": [r.to_json() for r in results]}
        if dump_case is not None:
            out["dump_case"] = {"file": str(dump_case), "problem": dumped[0], "entries": dumped[1]} if dumped else None
        typer.echo(json.dumps(out, ensure_ascii=False, indent=1))
    else:
        render.grade_report(results, str(file), seed_, lang_)
        if dump_case is not None:
            render.dumped_case(dump_case, dumped, lang_, any(r.verdict != "accepted" for r in results))
    raise typer.Exit(0 if all(r.verdict == "accepted" for r in results) else 1)


@app.command()
def practice(
    topic: Optional[str] = typer.Argument(None, help="A topic or tag, or a problem slug (nms) to code it now."),
    new: int = typer.Option(10, "--new", min=0, help="New items a day: cards and coding problems together (about one in ten is a problem, at least one)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many items this session."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Where coding stubs go (default ./cvdrill-workspace, or CVDRILL_WORKSPACE)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Fix the order of each choice card's options."),
):
    """The daily loop: due reviews first, then new cards and coding problems (FSRS).

    New items take topics in turn (easiest cards first) with a coding problem early.
    A coding problem writes its stub into the workspace, opens $EDITOR when set,
    and re-grades the file on every save. Keys: h hint, s the reference (after a
    confirmation; counts as seen), e editor, n next, q quit. The verdict, hints
    used and time taken become the review grade, stored at each graded save. s on
    a card (or n on an ungraded problem) postpones it to tomorrow, unrated.
    Ctrl-C, or even a killed process, keeps every answer given.

    \b
    Examples:
      cvdrill practice             today's mix
      cvdrill practice losses      only loss functions
      cvdrill practice nms         code nms now, in watch mode
    """
    import random

    from . import practice as pr
    from . import render

    lang_ = _lang(lang)
    b = _bank()
    st = _store()
    if workspace:
        import os

        os.environ["CVDRILL_WORKSPACE"] = str(workspace)
    sch = pr.Scheduler(st, b)
    if topic and topic in b.problems:
        plan = pr.Plan([pr.PROBLEM + topic], 0, 1, len(sch.due_counts()))
    else:
        if topic and not sch.items(topic):
            near = b.closest(topic)
            _fail(f"no topic, tag or problem named {topic!r}" + (f"; did you mean {', '.join(near)}?" if near else ""), 2)
        plan = sch.plan(topic, new_limit=new, limit=limit)
    if not plan.items:
        nxt = pr.next_due(st, lang=lang_)
        render.console.print(("Nothing due and no new items left today." if lang_ == "en" else "今天没有待复习或新的内容。")
                             + (f" {render.ui(lang_, 'next_due')}{'：' if lang_ == 'zh' else ': '}"
                                f"{nxt}" if nxt else ""))
        return
    render.plan_line(lang_, plan)
    summary = pr.run(sch, plan, lang_, random.Random(seed))
    render.practice_summary(summary.rows, lang_, summary.stopped, pr.next_due(st, lang=lang_))


@app.command()
def stats(
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON instead of tables."),
):
    """Your progress: reviews due over the next 14 days (a bar per day), accuracy over
    the last 30 days, cards seen per topic against its size, the problems you tried with
    their best time ratio, and your streak.

    Example: cvdrill stats --lang zh
    """
    from . import practice as pr
    from . import render

    lang_ = _lang(lang)
    data = pr.stats(_store(), _bank())
    if json_:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    render.stats(data, lang_)


@app.command()
def mock(
    minutes: float = typer.Option(45, "--minutes", min=0.1, help="Length of the interview."),
    cards: int = typer.Option(8, "--cards", min=0, help="Concept questions."),
    problems: int = typer.Option(1, "--problems", min=0, max=2, help="Coding problems (0-2)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Fix the questions."),
):
    """A timed mock interview: concept questions, then coding, then a scored report.

    As in an interview: no hints, no references, and no explanations until the
    report. The concepts part has a third of the time when coding follows (what it
    leaves goes to coding); an answer after a part's deadline does not count. The
    report (time per part; each question right or wrong, explained) is kept after
    every answer, so even a killed mock shows in `cvdrill history` (as interrupted).

    Example: cvdrill mock --minutes 30 --problems 2
    """
    from . import mock as mk
    from . import render

    lang_ = _lang(lang)
    b = _bank()
    rep = mk.run(_store(), b, minutes=minutes, cards=cards, problems=problems, lang=lang_, seed=seed)
    render.mock_report(rep, lang_, b)


@app.command()
def history(
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    json_: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
):
    """Your mock interviews: their scores over time (a bar each), then a table.

    Example: cvdrill history
    """
    from . import render

    from .mock import status_word

    lang_ = _lang(lang)
    rows = [dict(json.loads(r["report"]), ts=r["ts"]) for r in _store().mocks()]
    for r in rows:
        r["status"] = status_word(r)
    if json_:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        render.console.print("还没有模拟面试：`cvdrill mock` 开始一场。" if lang_ == "zh"
                             else "No mock interviews yet: `cvdrill mock` starts one.")
        return
    render.history(rows, lang_)


@app.command()
def reset(
    topic: Optional[str] = typer.Argument(None, help="Only this topic (its cards and problems); none for everything."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask."),
):
    """Forget progress (reviews, schedule, attempts), of one topic or all; asks first.

    Example: cvdrill reset losses
    """
    st = _store()
    if topic:
        b = _bank()
        items = [c["id"] for c in b.select(topic)]
        slugs = [s for s, p in b.problems.items() if p["topic"] == topic or s == topic]
        if not items and not slugs:
            _fail(f"no topic, tag or problem named {topic!r}", 2)
        from .render import plural

        what = f"the progress of {topic!r} ({plural(len(items), 'card')}, {plural(len(slugs), 'problem')})"
    else:
        items = slugs = None
        what = "ALL progress (every review, schedule, attempt and mock interview)"
    if not yes:
        if not sys.stdin.isatty():
            _fail("reset asks for confirmation: run it in a terminal, or pass --yes", 2)
        if not typer.confirm(f"Forget {what}?", default=False):
            typer.echo("Nothing was changed.")
            raise typer.Exit(1)
    from .render import plural

    if items is None:
        n = st.reset()
    else:
        n = st.reset(items + [f"problem:{s}" for s in slugs], slugs)
    typer.echo(f"Forgot {what}: deleted {plural(sum(n.values()), 'row')} ("
               + ", ".join(f"{k} {v}" for k, v in n.items() if v) + ")." if any(n.values())
               else f"Forgot {what}: there was nothing to delete.")


@app.command()
def export(file: Optional[Path] = typer.Argument(None, help="Write here (default: standard output).")):
    """Write all progress as JSON, to move it to another machine (see `cvdrill import`).

    Example: cvdrill export progress.json
    """
    data = json.dumps(_store().export(), ensure_ascii=False, indent=1)
    if file:
        if file.is_dir():
            _fail(f"{file} is a folder: give a file name, e.g. {file / 'progress.json'}", 2)
        try:
            file.write_text(data, encoding="utf-8")
        except OSError as e:
            _fail(f"cannot write {file}: {e.strerror or e}", 2)
        typer.echo(f"wrote {file}", err=True)
    else:
        typer.echo(data)


@app.command("import")
def import_(file: Path = typer.Argument(..., help="A JSON file written by `cvdrill export`.")):
    """Merge progress exported on another machine; nothing already here is lost.

    Example: cvdrill import progress.json
    """
    from .store import StoreError

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        _fail(f"cannot read {file}: {e}")
    try:
        counts = _store().import_(data)
    except StoreError as e:
        _fail(str(e))
    typer.echo("imported: " + ", ".join(f"{v} {k}" for k, v in counts.items()))


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
    from .render import plural

    typer.echo(f"ok: {plural(len(b.topics), 'topic')}, {plural(n, 'card')}, {plural(len(b.problems), 'problem')}")


def _argv_lang() -> str:
    """The language a command line asks for, read before click has parsed it (for click's
    own errors): --lang zh / --lang=zh, else the locale."""
    import sys

    from .text import default_lang

    args = sys.argv[1:]
    for i, a in enumerate(args):
        if a == "--lang" and i + 1 < len(args):
            return args[i + 1]
        if a.startswith("--lang="):
            return a.split("=", 1)[1]
    return default_lang()


def _click_errors_in_zh() -> None:
    """Click's own usage errors (a bad option, a value out of range) in Chinese when the
    command line or the locale asks for it; typer draws them as usual otherwise."""
    from typer import rich_utils
    from typer._click.exceptions import UsageError

    original, plain = rich_utils.rich_format_error, UsageError.show

    def show(e, file=None) -> None:
        if _argv_lang() != "zh" or e.__class__.__name__ == "NoArgsIsHelpError":
            return original(e) if file == "rich" else plain(e, file)
        from rich.text import Text

        from .render import err

        ctx = getattr(e, "ctx", None)
        if ctx is not None:
            err.print(Text(ctx.get_usage().replace("Usage:", "用法：", 1)), soft_wrap=True)
        _error(e.format_message(), "zh")
        if ctx is not None:
            err.print(Text(f"运行 '{ctx.command_path} --help' 查看帮助。", style="dim"), soft_wrap=True)

    rich_utils.rich_format_error = lambda e: show(e, "rich")  # typer with rich markup on
    UsageError.show = show  # and without it (click's own printing)


def main():
    import signal

    # Started with SIGINT ignored (nohup, a background job), Ctrl-C would do nothing:
    # every answer is stored as given, so Ctrl-C must always be able to stop a session.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})  # nor blocked, by whatever forked us
    from .paths import HomeError

    _click_errors_in_zh()
    try:
        app()
    except HomeError as e:
        _error(str(e), _LANG or _argv_lang())
        raise SystemExit(2) from None
