"""The practice library without a terminal: pacing of new items, skips, the coding
review stored at each graded save, next-due wording."""
from datetime import datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from cvdrill import bank
from cvdrill import practice as pr
from cvdrill.store import Store


@pytest.fixture(scope="module")
def b():
    return bank.load(cache=False)


@pytest.fixture
def sch(tmp_path, b):
    return pr.Scheduler(Store(tmp_path / "p.db"), b)


def test_first_session_mixes_topics_and_holds_a_coding_problem(sch):
    plan = sch.plan()  # a new user, the default 10 new items
    assert len(plan.items) == pr.NEW_PER_DAY and plan.new == pr.NEW_PER_DAY
    problems = [i for i in plan.items if i.startswith(pr.PROBLEM)]
    topics = {i.split(".")[0] for i in plan.items if not i.startswith(pr.PROBLEM)}
    assert len(problems) >= 1 and plan.items.index(problems[0]) <= 3
    assert len(topics) >= 3
    assert problems[0] == pr.PROBLEM + "box_iou"  # the most asked coding problem first
    assert plan.items[0].startswith("iou.")  # the seed's emphasis, not the alphabet (alexnet)


def test_within_a_topic_easy_cards_come_first(sch, b):
    plan = sch.plan("resnet", new_limit=100)
    cards = [i for i in plan.items if not i.startswith(pr.PROBLEM)]
    diffs = [b.cards[i]["difficulty"] for i in cards]
    assert diffs == sorted(diffs) and len(cards) == len(b.topics["resnet"]["cards"])


def test_more_new_items_bring_more_problems(sch):
    plan = sch.plan(new_limit=30)
    assert sum(i.startswith(pr.PROBLEM) for i in plan.items) == 3


def test_postponed_items_wait(sch):
    first = sch.plan().items[0]
    sch.postpone(first)
    assert first not in sch.plan().items
    later = pr.Scheduler(sch.store, sch.bank, now=datetime.now(timezone.utc) + timedelta(days=1, minutes=1))
    assert first in later.plan().items


def test_coding_review_is_stored_at_each_save_and_settled_by_the_first_accept(sch):
    item = pr.PROBLEM + "nms"
    review = pr._CodingReview(sch, item)
    att = SimpleNamespace(verdict="wrong_answer", hints=0, seen_solution=False, time_ratio=None,
                          seconds_so_far=lambda: 100.0)
    review(att, SimpleNamespace(verdict="wrong_answer", time_ratio=None))
    assert [r["rating"] for r in sch.store.reviews(item)] == [1]
    att.verdict = "accepted"
    review(att, SimpleNamespace(verdict="accepted", time_ratio=1.2))
    att.hints = 2  # a hint taken after solving it does not lower the rating
    review(att, SimpleNamespace(verdict="accepted", time_ratio=1.1))
    assert [r["rating"] for r in sch.store.reviews(item)] == [4]  # one review, updated: Easy
    assert [a["verdict"] for a in sch.store.attempts("nms")] == ["wrong_answer", "accepted", "accepted"]
    due = datetime.fromisoformat(sch.store.schedule()[item]["due"])
    once = sch.review("problem:never-seen", 4).due  # a new item rated Easy once
    assert abs((due - once).total_seconds()) < 60 and due > datetime.now(timezone.utc) + timedelta(hours=20)


def test_next_due_is_never_in_the_past(sch):
    assert pr.next_due(sch.store) is None
    card = sch.review("iou.giou-range", 1, when=datetime.now(timezone.utc) - timedelta(days=3))
    sch.store.add_review("iou.giou-range", 1, False, mode="practice", schedule=sch.schedule_row(card))
    assert pr.next_due(sch.store) == "now"
    later = datetime.now(timezone.utc) - timedelta(days=10)
    assert pr.next_due(sch.store, now=later).startswith("in ")
    assert pr.due_in(card) == "now"
    # in Chinese, the same spans in Chinese words
    assert pr.next_due(sch.store, lang="zh") == "现在" and pr.due_in(card, lang="zh") == "现在"
    zh = pr.next_due(sch.store, now=later, lang="zh")
    assert zh.startswith(("6 天后", "7 天后")) and zh.endswith("）"), zh
    assert pr.due_in(card, now=card.due - timedelta(minutes=30), lang="zh") == "30 分钟后"
    assert pr.due_in(card, now=card.due - timedelta(hours=5), lang="en") == "5 h"


def test_every_topic_has_its_place_in_the_order(b):
    """New topics are scheduled where TOPIC_ORDER puts them, not silently last."""
    missing = sorted(set(b.topics) - set(pr.TOPIC_ORDER))
    assert not missing, f"add these topics to practice.TOPIC_ORDER: {missing}"
    assert len(set(pr.TOPIC_ORDER)) == len(pr.TOPIC_ORDER)


def test_every_problem_is_scheduled(sch, b):
    """Every coding problem, the new ones too, comes up as a new item sooner or later."""
    plan = sch.plan(new_limit=pr.PROBLEM_EVERY * (len(b.problems) + 1))  # one problem in every PROBLEM_EVERY
    assert {i[len(pr.PROBLEM):] for i in plan.items if i.startswith(pr.PROBLEM)} == set(b.problems)
