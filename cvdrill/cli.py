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
        t = con.input(f"{render.ui(lang, 'reveal')} {render.ui(lang, 'quit_hint')} ").strip().lower()
        if t == "q":
            return None
        render.reveal(c, lang)
        render.explain(c, lang)
        if t == "s":  # skipped: seen, but not known
            con.print(render.ui(lang, "skipped"))
            return q.Outcome(c, None, None, 1, time.monotonic() - t0)
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
    1 otherwise, 2 for usage errors (or when the judge itself cannot run).

    Example: cvdrill grade my_nms.py --problem nms --seed 7
    """
    from .judge.run import DEFAULT_SEED, JudgeError, UsageError, grade_file

    seed_ = DEFAULT_SEED if seed is None else seed
    try:
        results = grade_file(file, problem=problem, device=device.value, seed=seed_)
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
    if json_:
        typer.echo(json.dumps({"file": str(file), "seed": seed_, "results": [r.to_json() for r in results]},
                              ensure_ascii=False, indent=1))
    else:
        from . import render

        render.grade_report(results, str(file), seed_)
    raise typer.Exit(0 if all(r.verdict == "accepted" for r in results) else 1)


def _time_left(deadline: Optional[float]) -> Optional[float]:
    import time

    return None if deadline is None else max(0.0, deadline - time.monotonic())


@app.command()
def practice(
    topic: Optional[str] = typer.Argument(None, help="A topic or tag, or a problem slug (nms) to code it now."),
    new: int = typer.Option(10, "--new", min=0, help="New items a day (cards and problems)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="At most this many items this session."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    workspace: Optional[Path] = typer.Option(None, "--workspace", help="Where coding stubs go (default ./cvdrill-workspace, or CVDRILL_WORKSPACE)."),
):
    """The daily loop: due reviews first, then new cards and coding problems (FSRS).

    A coding problem writes its stub into the workspace, opens $EDITOR when set,
    and re-grades the file on every save. Keys: h hint, s the reference (after a
    confirmation; counts as seen), e editor, n next, q quit. The verdict, hints
    used and time taken become the review grade. Ctrl-C keeps every answer given.

    \b
    Examples:
      cvdrill practice             today's mix
      cvdrill practice losses      only loss functions
      cvdrill practice nms         code nms now, in watch mode
    """
    from . import practice as pr
    from . import render, watch

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
        nxt = min((r["due"] for r in st.schedule().values()), default=None)
        render.console.print(("Nothing due and no new items left today." if lang_ == "en" else "今天没有待复习或新的内容。")
                             + (f" next due: {nxt[:16].replace('T', ' ')} UTC" if nxt else ""))
        return
    render.console.print(f"[bold]{len(plan.items)} items[/]: {plan.due} due, {plan.new} new" if lang_ == "en"
                         else f"[bold]共 {len(plan.items)} 项[/]：{plan.due} 项到期复习，{plan.new} 项新内容")
    rows = []
    judge = None
    stopped = False
    try:
        for n, item in enumerate(plan.items, 1):
            render.practice_header(lang_, n, len(plan.items), plan.due_total, item)
            if item.startswith(pr.PROBLEM):
                slug = item[len(pr.PROBLEM):]
                if judge is None:
                    from .judge.run import Judge

                    judge = Judge()
                f = watch.prepare(b.problems[slug])
                att = watch.watch(b.problems[slug], f, judge, lang_)
                if att.grades or att.seen_solution:
                    rating = pr.coding_rating(att.verdict, att.hints, att.seen_solution, att.seconds)
                    card = sch.review(item, rating)
                    st.add_attempt(slug, att.verdict, att.time_ratio, att.hints, att.seen_solution, att.seconds,
                                   mode="practice", rating=rating, schedule=sch.schedule_row(card))
                    rows.append({"item": item, "result": att.verdict, "next": pr.due_in(card)})
                if att.action == "quit":
                    stopped = True
                    break
                continue
            c = b.cards[item]
            outcome = ask(c, lang_, n, len(plan.items))
            if outcome is None:
                stopped = True
                break
            card = sch.review(item, outcome.rating)
            st.add_review(item, outcome.rating, outcome.correct, outcome.answer, outcome.seconds, mode="practice",
                          schedule=sch.schedule_row(card))
            from .quiz import RATINGS

            result = ("right" if outcome.correct else "wrong") if outcome.correct is not None else RATINGS[outcome.rating]
            rows.append({"item": item, "result": result, "next": pr.due_in(card)})
    except (KeyboardInterrupt, EOFError):
        stopped = True
    finally:
        if judge is not None:
            judge.close()
    nxt = min((r["due"] for r in st.schedule().values()), default=None)
    render.practice_summary(rows, lang_, stopped, nxt[:16].replace("T", " ") + " UTC" if nxt else None)


@app.command()
def stats(json_: bool = typer.Option(False, "--json", help="Print JSON instead of tables.")):
    """Your progress: cards seen, retention and due counts per topic, problems solved
    with their best time ratio, and your streak.

    Example: cvdrill stats
    """
    from . import practice as pr
    from . import render

    data = pr.stats(_store(), _bank())
    if json_:
        typer.echo(json.dumps(data, ensure_ascii=False, indent=1))
        return
    render.stats(data)


@app.command()
def mock(
    minutes: float = typer.Option(45, "--minutes", min=0.1, help="Length of the interview."),
    cards: int = typer.Option(8, "--cards", min=0, help="Concept questions."),
    problems: int = typer.Option(1, "--problems", min=0, max=2, help="Coding problems (0-2)."),
    lang: Optional[Lang] = typer.Option(None, "--lang", help="en or zh (default: from the locale)."),
    seed: Optional[int] = typer.Option(None, "--seed", help="Fix the questions."),
):
    """A timed mock interview: concept questions, then coding with a countdown, then
    a scored report (kept: see `cvdrill history`). No hints or references here.

    Example: cvdrill mock --minutes 30 --problems 2
    """
    import random
    import time

    from . import quiz as q
    from . import render, watch
    from .store import now as now_ts

    lang_ = _lang(lang)
    b = _bank()
    st = _store()
    rng = random.Random(seed)
    picked = q.pick(b.select(None), cards, rng.randrange(1 << 30))
    slugs = rng.sample(sorted(b.problems), min(problems, len(b.problems)))
    t0 = time.monotonic()
    deadline = t0 + minutes * 60
    score = q.Score()
    coding = []
    stamp = now_ts().replace(":", "").replace("+0000", "")[:15]
    judge = None
    try:
        for n, c in enumerate(picked, 1):
            if time.monotonic() > deadline:
                break
            render.practice_header(lang_, n, len(picked) + len(slugs), 0, c["id"], _time_left(deadline))
            o = ask(c, lang_, n, len(picked))
            if o is None:
                break
            st.add_review(c["id"], o.rating, o.correct, o.answer, o.seconds, mode="mock")
            score.add(o)
        for k, slug in enumerate(slugs, len(picked) + 1):
            if time.monotonic() > deadline:
                coding.append({"slug": slug, "verdict": "not_attempted"})
                continue
            render.practice_header(lang_, k, len(picked) + len(slugs), 0, slug, _time_left(deadline))
            if judge is None:
                from .judge.run import Judge

                judge = Judge()
            f = watch.prepare(b.problems[slug], watch.workspace() / f"mock-{stamp}")
            att = watch.watch(b.problems[slug], f, judge, lang_, deadline=deadline, allow_solution=False)
            st.add_attempt(slug, att.verdict, att.time_ratio, 0, False, att.seconds, mode="mock")
            coding.append({"slug": slug, "verdict": att.verdict, "time_ratio": att.time_ratio})
            if att.action == "quit":
                break
    except (KeyboardInterrupt, EOFError):
        pass
    finally:
        if judge is not None:
            judge.close()
    for s in slugs[len(coding):]:
        coding.append({"slug": s, "verdict": "not_attempted"})
    rep = _mock_report(score, coding, len(picked), minutes, time.monotonic() - t0)
    st.add_mock(rep)
    render.mock_report(rep, lang_)


def _mock_report(score, coding: list[dict], asked: int, minutes: float, used_s: float) -> dict:
    """50 points for concepts (a right or recalled answer each counts the same), 50
    shared by the coding problems (an accepted answer scores its full share)."""
    right = sum(1 for o in score.outcomes if (o.correct if o.correct is not None else o.rating >= 3))
    concept_pts = 50.0 * right / asked if asked else (50.0 if not coding else 0.0)
    share = 50.0 / len(coding) if coding else 0.0
    for p in coding:
        p["max"] = share
        p["points"] = share if p["verdict"] == "accepted" else 0.0
    if not coding:
        concept_pts = 100.0 * right / asked if asked else 0.0
    return {"minutes": minutes, "minutes_used": round(used_s / 60, 2),
            "concepts": {"asked": asked, "answered": len(score.outcomes), "right": right, "points": concept_pts},
            "coding": coding, "score": round(concept_pts + sum(p["points"] for p in coding), 1)}


@app.command()
def history(json_: bool = typer.Option(False, "--json", help="Print JSON instead of a table.")):
    """Your mock interviews, with their scores.

    Example: cvdrill history
    """
    from . import render

    rows = [dict(json.loads(r["report"]), ts=r["ts"]) for r in _store().mocks()]
    if json_:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        render.console.print("No mock interviews yet: `cvdrill mock` starts one.")
        return
    render.history(rows)


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
        what = f"the progress of {topic!r} ({len(items)} cards, {len(slugs)} problems)"
    else:
        items = slugs = None
        what = "ALL progress (every review, schedule, attempt and mock interview)"
    if not yes:
        if not sys.stdin.isatty():
            _fail("reset asks for confirmation: run it in a terminal, or pass --yes", 2)
        if not typer.confirm(f"Forget {what}?", default=False):
            typer.echo("Nothing was changed.")
            raise typer.Exit(1)
    if items is None:
        n = st.reset()
    else:
        n = st.reset(items + [f"problem:{s}" for s in slugs], slugs)
    typer.echo(f"Forgot {what}: {n} rows.")


@app.command()
def export(file: Optional[Path] = typer.Argument(None, help="Write here (default: standard output).")):
    """Write all progress as JSON, to move it to another machine (see `cvdrill import`).

    Example: cvdrill export progress.json
    """
    data = json.dumps(_store().export(), ensure_ascii=False, indent=1)
    if file:
        file.write_text(data, encoding="utf-8")
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
    typer.echo(f"ok: {len(b.topics)} topics, {n} cards, {len(b.problems)} problems")


def main():
    app()
