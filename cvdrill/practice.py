"""Spaced repetition over cards and coding problems, scheduled by FSRS (the `fsrs` package).

An item is a card id (`losses.smooth-l1-grad`) or `problem:<slug>`. Every review is
kept in the store's `reviews` table (the review log), so when the installed fsrs
version differs from the one that wrote a schedule, the item is rescheduled by
replaying its log instead of trusting a state the new version may read differently.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from importlib.metadata import PackageNotFoundError, version
from typing import Optional

PROBLEM = "problem:"
NEW_PER_DAY = 10


def fsrs_version() -> str:
    try:
        return version("fsrs")
    except PackageNotFoundError:
        return "unknown"


def _utc(ts: str) -> datetime:
    d = datetime.fromisoformat(ts)
    return d if d.tzinfo else d.replace(tzinfo=timezone.utc)


def local_day(ts: str) -> str:
    """The user's calendar day of a stored UTC time (streaks and daily limits are local)."""
    return _utc(ts).astimezone().date().isoformat()


@dataclass
class Plan:
    items: list[str]
    due: int  # of them, due reviews
    new: int  # of them, new items
    due_total: int  # everything due now (before the session's cap)


class Scheduler:
    def __init__(self, store, bank, now: Optional[datetime] = None):
        import fsrs

        self.fsrs = fsrs
        self.store = store
        self.bank = bank
        self.now = now or datetime.now(timezone.utc)
        # fuzzing spreads due dates; off, so that a schedule is reproducible from its log
        self.sched = fsrs.Scheduler(enable_fuzzing=False)
        self.version = fsrs_version()

    # ------------------------------------------------------------ items

    def items(self, topic: Optional[str] = None) -> list[str]:
        """Cards and problems of a topic (or tag), in bank order; all of them without one."""
        cards = [c["id"] for c in self.bank.select(topic)] if topic else list(self.bank.cards)
        probs = [PROBLEM + s for s, p in sorted(self.bank.problems.items())
                 if not topic or p["topic"] == topic.lower()]
        return cards + probs

    def card(self, item: str):
        """The FSRS state of an item (replayed from the log when fsrs changed), or None if new."""
        row = self.store.schedule().get(item)
        if row is None:
            return None
        if row["fsrs_version"] == self.version:
            return self.fsrs.Card.from_dict(json.loads(row["card"]))
        return self.replay(item)

    def replay(self, item: str):
        card = self.fsrs.Card()
        for r in self.store.reviews(item):
            if r["mode"] == "quiz":
                continue  # quick quizzes are recorded but do not drive the schedule
            card, _ = self.sched.review_card(card, self.fsrs.Rating(r["rating"]), _utc(r["ts"]))
        self.store.set_schedule(item, json.dumps(card.to_dict()), card.due.isoformat(), self.version)
        return card

    # ------------------------------------------------------------ planning

    def new_today(self) -> int:
        """Items whose first practice review is today (the daily limit of new material)."""
        today = self.now.astimezone().date().isoformat()
        first: dict[str, str] = {}
        for r in self.store.reviews():
            if r["mode"] != "quiz" and r["item"] not in first:
                first[r["item"]] = r["ts"]
        return sum(1 for ts in first.values() if local_day(ts) == today)

    def plan(self, topic: Optional[str] = None, new_limit: int = NEW_PER_DAY, limit: Optional[int] = None) -> Plan:
        schedule = self.store.schedule()
        items = self.items(topic)
        now = self.now.isoformat()
        due = sorted((schedule[i]["due"], i) for i in items if i in schedule and schedule[i]["due"] <= now)
        due_items = [i for _, i in due]
        fresh = [i for i in items if i not in schedule]
        room = max(0, new_limit - self.new_today())
        new_items = _interleave(fresh, room)
        chosen = due_items + new_items
        if limit:
            chosen = chosen[:limit]
        return Plan(chosen, sum(1 for i in chosen if i in schedule), sum(1 for i in chosen if i not in schedule),
                    len(due_items))

    def due_counts(self) -> dict[str, int]:
        """item -> 1 for each item due now (stats)."""
        now = self.now.isoformat()
        return {i: 1 for i, r in self.store.schedule().items() if r["due"] <= now}

    # ------------------------------------------------------------ reviewing

    def review(self, item: str, rating: int, when: Optional[datetime] = None):
        """The new FSRS state after a rating (1 Again .. 4 Easy); not stored here: pass
        `schedule_row` of it to the store together with the answer."""
        card = self.card(item) or self.fsrs.Card()
        card, _ = self.sched.review_card(card, self.fsrs.Rating(rating), when or datetime.now(timezone.utc))
        return card

    def schedule_row(self, card) -> tuple[str, str, str]:
        return json.dumps(card.to_dict()), card.due.isoformat(), self.version


def _interleave(fresh: list[str], n: int) -> list[str]:
    """Up to n new items, alternating topics (and problems) so a session is a mix."""
    groups: dict[str, list[str]] = {}
    for i in fresh:
        key = "problem" if i.startswith(PROBLEM) else i.split(".")[0]
        groups.setdefault(key, []).append(i)
    out: list[str] = []
    queues = list(groups.values())
    while len(out) < n and any(queues):
        for q in queues:
            if q and len(out) < n:
                out.append(q.pop(0))
    return out


def coding_rating(verdict: str, hints: int, seen_solution: bool, seconds: float) -> int:
    """How a coding attempt becomes a review grade: solved alone and quickly is Easy,
    alone is Good, with hints Hard; unsolved or after reading the reference, Again."""
    if verdict != "accepted" or seen_solution:
        return 1
    if hints:
        return 2
    return 4 if seconds < 300 else 3


def due_in(card, now: Optional[datetime] = None) -> str:
    now = now or datetime.now(timezone.utc)
    d = card.due - now
    if d < timedelta(hours=1):
        return f"{max(1, int(d.total_seconds() // 60))} min"
    if d < timedelta(days=1):
        return f"{int(d.total_seconds() // 3600)} h"
    return f"{d.days} d"


# ------------------------------------------------------------ statistics


def stats(store, bank, now: Optional[datetime] = None) -> dict:
    """Per topic: cards seen, retention, due; per problem: attempts, solved, best time
    ratio; the streak of days with practice. Plain data: render.stats draws it."""
    now = now or datetime.now(timezone.utc)
    reviews = store.reviews()
    attempts = store.attempts()
    schedule = store.schedule()
    now_s = now.isoformat()
    by_item: dict[str, list] = {}
    for r in reviews:
        by_item.setdefault(r["item"], []).append(r)
    topics = []
    for slug, t in sorted(bank.topics.items()):
        ids = [c["id"] for c in t["cards"]]
        rows = [r for i in ids for r in by_item.get(i, [])]
        recalled = sum(1 for r in rows if (r["correct"] == 1 if r["correct"] is not None else r["rating"] >= 3))
        topics.append({"topic": slug, "cards": len(ids), "seen": sum(1 for i in ids if i in by_item),
                       "reviews": len(rows), "retention": round(recalled / len(rows), 3) if rows else None,
                       "due": sum(1 for i in ids if i in schedule and schedule[i]["due"] <= now_s)})
    problems = []
    for slug in sorted(bank.problems):
        rows = [a for a in attempts if a["slug"] == slug]
        ok = [a for a in rows if a["verdict"] == "accepted"]
        ratios = [a["time_ratio"] for a in ok if a["time_ratio"] is not None]
        item = PROBLEM + slug
        problems.append({"slug": slug, "attempts": len(rows), "solved": bool(ok),
                         "best_time_ratio": min(ratios) if ratios else None,
                         "due": item in schedule and schedule[item]["due"] <= now_s})
    days = {local_day(r["ts"]) for r in reviews} | {local_day(a["ts"]) for a in attempts}
    return {"topics": topics, "problems": problems, "streak": streak(days, now),
            "days_practised": len(days), "due_now": sum(1 for r in schedule.values() if r["due"] <= now_s)}


def streak(days: set[str], now: datetime) -> int:
    """Consecutive days with practice, ending today (or yesterday, if today is still to come)."""
    d = now.astimezone().date()
    if d.isoformat() not in days:
        d -= timedelta(days=1)
    n = 0
    while d.isoformat() in days:
        n += 1
        d -= timedelta(days=1)
    return n
