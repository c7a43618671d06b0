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
NEW_PER_DAY = 10  # new items a day, cards and coding problems together
PROBLEM_EVERY = 10  # of the new items of a day, one in this many is a coding problem (at least one)
PROBLEM_AT = 2  # the first coding problem comes after this many new cards: warm up first
POSTPONE = timedelta(days=1)  # a skipped item is offered again after this

# Topics in the order a newcomer meets them: what interviews ask most, and the seed
# notes' own emphasis (IoU/NMS, losses, activations, ResNet first; GFPGAN last). Topics
# not listed (a user's own bank) come after, alphabetically. Within a topic, easy cards
# come first.
TOPIC_ORDER = ["iou", "nms", "losses", "activations", "resnet", "normalization", "attention", "map",
               "filters", "dropout", "init", "conv-arithmetic", "optimization", "detection", "vgg",
               "mobilenet", "statistics", "classification-metrics", "psnr", "ssim", "inception",
               "alexnet", "image-processing", "shufflenet", "anchor-free", "segmentation", "regularization",
               "deployment", "generative", "self-supervised", "divergence", "gan", "srgan", "lpips",
               "fid", "tv-loss", "esrgan", "gfpgan"]
# The coding problems interviewers ask most, in that order (the core contract's problems);
# the others follow by difficulty, then by their topic's place above.
PROBLEM_ORDER = ["box_iou", "nms", "smooth_l1_loss", "sobel", "psnr", "dropout", "kl_divergence",
                 "median_filter", "voc_ap", "box_area", "js_divergence", "soft_nms", "ssim"]


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
        now = self.now.isoformat()
        later = {i for i, until in self.store.postponed().items() if until > now}  # skipped: not today
        items = [i for i in self.items(topic) if i not in later]
        due = sorted((schedule[i]["due"], i) for i in items if i in schedule and schedule[i]["due"] <= now)
        due_items = [i for _, i in due]
        fresh = [i for i in items if i not in schedule]
        room = max(0, new_limit - self.new_today())
        new_items = self.new_order(fresh, room)
        chosen = due_items + new_items
        if limit:
            chosen = chosen[:limit]
        return Plan(chosen, sum(1 for i in chosen if i in schedule), sum(1 for i in chosen if i not in schedule),
                    len(due_items))

    def new_order(self, fresh: list[str], n: int) -> list[str]:
        """Up to n new items for today: cards from topic after topic in turn (TOPIC_ORDER;
        within a topic, easiest first), with a coding problem after the first few cards
        and then one in every PROBLEM_EVERY."""
        rank = {t: i for i, t in enumerate(TOPIC_ORDER)}
        cards = self.bank.cards
        groups: dict[str, list[str]] = {}
        for i in fresh:
            if not i.startswith(PROBLEM):
                groups.setdefault(i.split(".")[0], []).append(i)
        order = {i: k for k, i in enumerate(cards)}
        queues = [sorted(g, key=lambda i: (cards[i]["difficulty"], order[i]))
                  for _, g in sorted(groups.items(), key=lambda kv: (rank.get(kv[0], len(rank)), kv[0]))]
        mixed: list[str] = []
        while any(queues):
            for q in queues:
                if q:
                    mixed.append(q.pop(0))
        core = {s: i for i, s in enumerate(PROBLEM_ORDER)}
        probs = self.bank.problems

        def prob_key(item: str):
            slug = item[len(PROBLEM):]
            p = probs[slug]
            return (core.get(slug, len(core)), p["difficulty"], rank.get(p["topic"], len(rank)), slug)

        problems = sorted((i for i in fresh if i.startswith(PROBLEM)), key=prob_key)
        n_problems = min(len(problems), max(1, n // PROBLEM_EVERY) if n > PROBLEM_AT else 0)
        if not mixed:
            n_problems = min(len(problems), n)
        out = mixed[:n - n_problems]
        for k, p in enumerate(problems[:n_problems]):
            out.insert(min(len(out), PROBLEM_AT + k * PROBLEM_EVERY), p)
        return out

    def due_counts(self) -> dict[str, int]:
        """item -> 1 for each item due now (stats)."""
        now = self.now.isoformat()
        return {i: 1 for i, r in self.store.schedule().items() if r["due"] <= now}

    # ------------------------------------------------------------ reviewing

    def review(self, item: str, rating: int, when: Optional[datetime] = None, base=None):
        """The new FSRS state after a rating (1 Again .. 4 Easy); not stored here: pass
        `schedule_row` of it to the store together with the answer. `base`: the state to
        start from (a coding item re-rated within one session starts from the state it had
        before the session), else the stored one."""
        card = base or self.card(item) or self.fsrs.Card()
        card, _ = self.sched.review_card(card, self.fsrs.Rating(rating), when or datetime.now(timezone.utc))
        return card

    def postpone(self, item: str) -> None:
        """A skip: the item is offered again after POSTPONE; it is not a review (no rating)."""
        self.store.postpone(item, (self.now + POSTPONE).isoformat())

    def schedule_row(self, card) -> tuple[str, str, str]:
        return json.dumps(card.to_dict()), card.due.isoformat(), self.version


def coding_rating(verdict: str, hints: int, seen_solution: bool, seconds: float) -> int:
    """How a coding attempt becomes a review grade: solved alone and quickly is Easy,
    alone is Good, with hints Hard; unsolved or after reading the reference, Again."""
    if verdict != "accepted" or seen_solution:
        return 1
    if hints:
        return 2
    return 4 if seconds < 300 else 3


def _span(d: timedelta, lang: str = "en") -> str:
    """A time span for people: "12 min", "3 h", "2 d" (in Chinese "12 分钟" ...)."""
    if d < timedelta(hours=1):
        n, unit = max(1, int(d.total_seconds() // 60)), ("min", "分钟")
    elif d < timedelta(days=1):
        n, unit = int(d.total_seconds() // 3600), ("h", "小时")
    else:
        n, unit = d.days, ("d", "天")
    return f"{n} {unit[lang == 'zh']}"


def due_in(card, now: Optional[datetime] = None, lang: str = "en") -> str:
    now = now or datetime.now(timezone.utc)
    d = card.due - now
    if d <= timedelta(0):
        return "现在" if lang == "zh" else "now"
    return _span(d, lang) + ("后" if lang == "zh" else "")


# ------------------------------------------------------------ statistics


def stats(store, bank, now: Optional[datetime] = None) -> dict:
    """Per topic: cards seen, retention, due; per problem: attempts, solved, best time
    ratio; the streak of days with practice. Plain data: render.stats draws it."""
    from .quiz import passed

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
        recalled = sum(1 for r in rows if passed(r["correct"], r["rating"]))
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
    today = now.astimezone().date()
    # reviews falling due on each of the next 14 local days (today: everything overdue too)
    due_days = [0] * 14
    for r in schedule.values():
        k = max(0, (_utc(r["due"]).astimezone().date() - today).days)
        if k < 14:
            due_days[k] += 1
    # auto-graded answers of the last 30 local days: right and answered, per day
    acc = {(today - timedelta(days=k)).isoformat(): [0, 0] for k in range(30)}
    for r in reviews:
        day = local_day(r["ts"])
        if day in acc and r["correct"] is not None:
            acc[day][0] += int(r["correct"] == 1)
            acc[day][1] += 1
    return {"topics": topics, "problems": problems, "streak": streak(days, now),
            "days_practised": len(days), "due_now": sum(1 for r in schedule.values() if r["due"] <= now_s),
            "due_next_14_days": [{"day": (today + timedelta(days=k)).isoformat(), "due": n}
                                 for k, n in enumerate(due_days)],
            "accuracy_last_30_days": [{"day": d, "right": v[0], "answered": v[1]} for d, v in sorted(acc.items())]}


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


def next_due(store, now: Optional[datetime] = None, lang: str = "en") -> Optional[str]:
    """When the next item falls due, for people: "now", or "in 3 h (2026-12-04 09:12)"
    in local time ("3 小时后（...）" in Chinese); None when nothing is scheduled. Never a
    time in the past."""
    now = now or datetime.now(timezone.utc)
    dues = [_utc(r["due"]) for r in store.schedule().values()]
    if not dues:
        return None
    first = min(dues)
    if first <= now:
        return "现在" if lang == "zh" else "now"
    when = first.astimezone().strftime("%Y-%m-%d %H:%M")
    span = _span(first - now, lang)
    return f"{span}后（{when}）" if lang == "zh" else f"in {span} ({when})"


# ------------------------------------------------------------ the session


class _CodingReview:
    """Stores a coding item the moment something happens to it: every graded save is an
    attempt row, and the item's one review of this session (rating and new schedule) is
    written with the first and updated with later saves, all in one transaction each. So
    Ctrl-C or kill -9 right after an accepted save keeps it. The rating is settled by the
    first accepted save (hints taken or the reference read afterwards do not lower it)."""

    def __init__(self, sch: "Scheduler", item: str, mode: str = "practice"):
        self.sch, self.item, self.mode = sch, item, mode
        self.slug = item[len(PROBLEM):]
        # the state before this session (a new card when new): every re-rating starts here
        self.base = sch.card(item) or sch.fsrs.Card()
        self.review_id: Optional[int] = None
        self.rating: Optional[int] = None
        self.settled = False
        self.card = None

    def __call__(self, att, result=None) -> None:
        if not self.settled:
            self.rating = coding_rating(att.verdict, att.hints, att.seen_solution, att.seconds_so_far())
            self.settled = att.verdict == "accepted"
        self.card = self.sch.review(self.item, self.rating, base=self.base)
        verdict = result.verdict if result is not None else att.verdict
        ratio = result.time_ratio if result is not None else att.time_ratio
        self.review_id = self.sch.store.add_attempt(
            self.slug, verdict, ratio, att.hints, att.seen_solution, att.seconds_so_far(), mode=self.mode,
            rating=self.rating, schedule=self.sch.schedule_row(self.card), review_id=self.review_id)


@dataclass
class Summary:
    rows: list[dict]  # {"item", "result", "next"}, one per item met
    stopped: bool  # the user stopped before the plan's end


def run(sch: "Scheduler", plan: Plan, lang: str, rng, judge_factory=None) -> Summary:
    """The practice loop over a plan: each card is asked, each coding problem is watched;
    every answer is stored as it is given. Skips postpone. Ctrl-C ends it, keeping all."""
    from . import render, watch
    from .ask import QUIT, ask

    rows: list[dict] = []
    judge = None
    n = 0
    try:
        for n, item in enumerate(plan.items, 1):
            render.practice_header(lang, n, len(plan.items), plan.due_total, item)
            if item.startswith(PROBLEM):
                slug = item[len(PROBLEM):]
                if judge is None:
                    judge = watch.LazyJudge(judge_factory)  # started by the first grade
                problem = sch.bank.problems[slug]
                review = _CodingReview(sch, item)
                row = {"item": item, "result": "skipped", "next": render.ui(lang, "postponed")}
                rows.append(row)

                def stored(att, result=None, review=review, row=row):
                    review(att, result)
                    row.update(result=att.verdict, next=due_in(review.card, lang=lang))

                att = watch.watch(problem, watch.prepare(problem), judge, lang, on_change=stored)
                if review.card is None:  # neither graded nor the reference read: a skip
                    sch.postpone(item)
                if att.action == "quit":
                    return Summary(rows, n < len(plan.items) or review.card is None)
                continue
            o = ask(sch.bank.cards[item], lang, n, len(plan.items), rng)
            if o is QUIT:
                return Summary(rows, True)
            if o.skipped:
                sch.postpone(item)
                rows.append({"item": item, "result": "skipped", "next": render.ui(lang, "postponed")})
                continue
            card = sch.review(item, o.rating)
            sch.store.add_review(item, o.rating, o.correct, o.stored_answer(), o.seconds, mode="practice",
                                 schedule=sch.schedule_row(card))
            from .quiz import RATINGS

            result = ("right" if o.correct else "wrong") if o.correct is not None else RATINGS[o.rating]
            rows.append({"item": item, "result": result, "next": due_in(card, lang=lang)})
    except (KeyboardInterrupt, EOFError):
        render.console.print()
        return Summary(rows, True)
    finally:
        if judge is not None:
            judge.close()
    return Summary(rows, False)
