"""A mock interview: concept questions, then coding, against one clock, then a report.

Interview rules: no hints, no references, no explanations until the report. Each part
has its own deadline: the concepts part gets CONCEPT_SHARE of the time when coding
follows (what it leaves unused goes to coding), so the coding part is always reached.
An answer given after its part's deadline does not count, and the user is told so.

The report is stored when the mock starts and rewritten after every answer and every
graded save, so a mock that is stopped or killed keeps what was answered; its status
says whether it finished (`history` shows the others as interrupted).
"""
from __future__ import annotations

import os
import random
import time
from typing import Optional

from . import quiz as q

CONCEPT_SHARE = 1 / 3  # of the whole time, when there is coding after the concepts
AUTO_GRADED = ("single", "multi", "numeric", "bug")  # an interviewer's question has one right answer


def choose(bank, cards: int, problems: int, seed: Optional[int]) -> tuple[list[dict], list[str]]:
    """The questions of a mock: auto-graded cards (a self-graded card would need its
    model answer shown, which is an explanation) and coding problems, from the seed."""
    rng = random.Random(seed)
    pool = [c for c in bank.select(None) if c["kind"] in AUTO_GRADED]
    picked = q.pick(pool, cards, rng.randrange(1 << 30))
    slugs = rng.sample(sorted(bank.problems), min(problems, len(bank.problems)))
    return picked, slugs


def budgets(minutes: float, n_cards: int, n_problems: int) -> tuple[float, float]:
    """Seconds for (concepts, whole interview)."""
    total = minutes * 60
    if not n_problems:
        return total, total
    if not n_cards:
        return 0.0, total
    return total * CONCEPT_SHARE, total


class Report:
    """The mock's report as plain data, kept in the store as it grows."""

    def __init__(self, store, minutes: float, picked: list[dict], slugs: list[str], concept_s: float):
        self.store = store
        self.data = {"status": "running", "pid": os.getpid(), "minutes": minutes, "minutes_used": 0.0,
                     "parts": {"concepts": {"budget_min": round(concept_s / 60, 2), "used_min": 0.0},
                               "coding": {"budget_min": round(minutes - concept_s / 60, 2), "used_min": 0.0}},
                     "concepts": {"asked": len(picked), "answered": 0, "right": 0, "skipped": 0, "late": 0,
                                  "points": 0.0, "items": []},
                     "coding": [{"slug": s, "verdict": "not_attempted", "time_ratio": None, "seconds": 0.0}
                                for s in slugs],
                     "score": 0.0}
        self.id = store.add_mock(self.data)

    def card(self, o: q.Outcome) -> None:
        c = self.data["concepts"]
        c["items"].append({"id": o.card["id"], "answer": o.stored_answer(), "correct": o.correct,
                           "skipped": o.skipped, "late": o.late, "seconds": round(o.seconds, 1)})
        self.save()

    def coding(self, k: int, verdict: str, time_ratio: Optional[float], seconds: float) -> None:
        p = self.data["coding"][k]
        p.update(verdict=verdict, time_ratio=time_ratio, seconds=round(seconds, 1))
        self.save()

    def part_used(self, part: str, seconds: float) -> None:
        self.data["parts"][part]["used_min"] = round(seconds / 60, 2)

    def save(self, status: Optional[str] = None, used_s: Optional[float] = None) -> None:
        if status:
            self.data["status"] = status
        if used_s is not None:
            self.data["minutes_used"] = round(used_s / 60, 2)
        score(self.data)
        self.store.update_mock(self.id, self.data)


def score(rep: dict) -> None:
    """50 points for concepts (each question the same), 50 shared by the coding problems
    (an accepted answer scores its full share); all 100 to the one part when alone.
    Skipped and late answers score nothing and are counted apart."""
    c = rep["concepts"]
    items = c["items"]
    c["answered"] = sum(1 for i in items if not (i["skipped"] or i["late"]))
    c["right"] = sum(1 for i in items if i["correct"] and not i["late"])
    c["skipped"] = sum(1 for i in items if i["skipped"])
    c["late"] = sum(1 for i in items if i["late"])
    coding = rep["coding"]
    concept_max = 0.0 if not c["asked"] else (50.0 if coding else 100.0)
    code_max = 0.0 if not coding else (50.0 if c["asked"] else 100.0)
    c["points"] = concept_max * c["right"] / c["asked"] if c["asked"] else 0.0
    for p in coding:
        p["max"] = code_max / len(coding)
        p["points"] = p["max"] if p["verdict"] == "accepted" else 0.0
    rep["score"] = round(c["points"] + sum(p["points"] for p in coding), 1)


def status_word(rep: dict) -> str:
    """finished, or interrupted (stopped, or killed while running)."""
    return "finished" if rep.get("status", "finished") == "finished" else "interrupted"


def run(store, bank, *, minutes: float, cards: int, problems: int, lang: str, seed: Optional[int],
        judge_factory=None, clock=time.monotonic) -> dict:
    """Run a mock interview in the terminal; returns its report (also stored)."""
    from . import render, watch
    from .ask import QUIT, ask
    from .store import now as now_ts

    picked, slugs = choose(bank, cards, problems, seed)
    concept_s, total_s = budgets(minutes, len(picked), len(slugs))
    rep = Report(store, minutes, picked, slugs, concept_s)
    render.mock_intro(lang, len(picked), concept_s, len(slugs), total_s)
    rng = random.Random(seed)
    t0 = clock()
    end_concepts, end = t0 + concept_s, t0 + total_s
    stamp = now_ts().replace(":", "").replace("+0000", "")[:15]
    judge = None
    status = "finished"
    total = len(picked) + len(slugs)
    t1 = None  # when the coding part began
    try:
        for n, c in enumerate(picked, 1):
            if clock() >= end_concepts:
                render.console.print(f"[bold yellow]{render.ui(lang, 'concepts_over')}[/]")
                break
            render.practice_header(lang, n, total, 0, c["id"], end_concepts - clock())
            o = ask(c, lang, n, total, rng, explain=False, deadline=end_concepts)
            if o is QUIT:
                status = "interrupted"
                break
            rep.card(o)
            if o.late:
                break
        rep.part_used("concepts", clock() - t0)
        t1 = clock()
        for k, slug in enumerate(slugs if status == "finished" else []):
            if clock() >= end:
                break
            render.practice_header(lang, len(picked) + k + 1, total, 0, slug, end - clock())
            if judge is None:
                judge = watch.LazyJudge(judge_factory)  # started by the first grade
            problem = bank.problems[slug]
            f = watch.prepare(problem, watch.workspace() / f"mock-{stamp}")

            def stored(att, result=None, k=k):
                rep.coding(k, att.verdict, att.time_ratio, att.seconds_so_far())
                store.add_attempt(slug, result.verdict if result else att.verdict,
                                  result.time_ratio if result else None, 0, False, att.seconds_so_far(), mode="mock")
                rep.part_used("coding", clock() - t1)

            att = watch.watch(problem, f, judge, lang, deadline=end, allow_solution=False, allow_hints=False,
                              on_change=stored)
            if att.action == "quit":
                status = "interrupted"
                break
        rep.part_used("coding", clock() - t1)
    except (KeyboardInterrupt, EOFError):
        render.console.print()
        status = "interrupted"
        if t1 is None:
            rep.part_used("concepts", clock() - t0)
        else:
            rep.part_used("coding", clock() - t1)
    finally:
        if judge is not None:
            judge.close()
    rep.save(status, clock() - t0)
    return rep.data
