"""The quiz engine's rules, without a terminal: shuffled options, remapped letters,
skips counted apart, per-option marks; and the schema's checks of `pinned` and letters."""
import random
from collections import Counter
from pathlib import Path

import pytest

from cvdrill import bank
from cvdrill import quiz as q


@pytest.fixture(scope="module")
def b():
    return bank.load(cache=False)


def choice_cards(b):
    return [c for c in b.cards.values() if c["kind"] in ("single", "multi")]


def test_shuffle_is_a_permutation_with_the_answer_remapped(b):
    for c in choice_cards(b):
        s = q.shuffle(c, random.Random(c["id"]))
        assert sorted(s["options"]) == sorted(c["options"])
        assert sorted(s["shown"].values()) == sorted(c["options"])
        for shown, orig in s["shown"].items():  # the text under each shown letter is the bank's
            assert q.LETTER_REF.sub("", str(s["options"][shown])) == q.LETTER_REF.sub("", str(c["options"][orig]))
        if c["kind"] == "single":
            assert s["shown"][s["answer"]] == c["answer"]
        else:
            assert sorted(s["shown"][k] for k in s["answer"]) == sorted(c["answer"])
        assert q.to_bank(s, s["answer"]) == c["answer"] if c["kind"] == "single" else sorted(c["answer"])


def test_the_answer_letter_is_spread_evenly(b):
    """Whatever the bank's letters (64% of single answers were `a`), a shown answer is
    uniform over the positions: typing `a` every time scores about 1/k."""
    singles = [c for c in b.cards.values() if c["kind"] == "single" and not c.get("pinned")]
    rng = random.Random(1)
    hits = total = 0
    for _ in range(20):
        for c in singles:
            s = q.shuffle(c, rng)
            hits += s["answer"] == "a"
            total += 1
    expected = sum(1 / len(c["options"]) for c in singles) * 20
    assert abs(hits - expected) < 4 * expected ** 0.5, (hits, expected)


def test_seed_reproduces_and_pinned_options_stay():
    card = {"id": "t.x", "kind": "single", "options": {k: f"option {k}" for k in "abcde"}, "answer": "b",
            "pinned": ["e"], "explanation": {"en": "(b) is right; (a) and (e) are not, f(a) is math.", "zh": "(b) 对。"}}
    orders = Counter()
    for seed in range(200):
        s1, s2 = q.shuffle(card, random.Random(seed)), q.shuffle(card, random.Random(seed))
        assert s1 == s2
        assert s1["shown"]["e"] == "e" and s1["options"]["e"] == "option e"
        orders[tuple(s1["shown"].values())] += 1
        right = s1["answer"]
        # the explanation names the letter the user saw, and leaves f(a) alone
        assert s1["explanation"]["en"].startswith(f"({right}) is right")
        assert "f(a) is math" in s1["explanation"]["en"]
        assert f"({ {v: k for k, v in s1['shown'].items()}['a'] })" in s1["explanation"]["en"]
    assert len(orders) == 24  # every order of the four movable options occurs


def test_other_cards_are_shown_as_they_are(b):
    for c in b.cards.values():
        if c["kind"] not in ("single", "multi"):
            assert q.shuffle(c, random.Random(0)) is c


def test_multi_marks():
    card = {"kind": "multi", "options": dict.fromkeys("abcd", "x"), "answer": ["a", "b"]}
    assert q.option_marks(card, ["a", "c"]) == {"a": "hit", "b": "missed", "c": "wrong", "d": ""}


def test_skips_and_late_answers_are_counted_apart():
    card = {"id": "t.x", "kind": "single", "options": {"a": "1", "b": "2"}, "answer": "a"}
    s = q.Score()
    s.add(q.Outcome(card, "a", True, 3))
    s.add(q.Outcome(card, None, None, 0, skipped=True))
    s.add(q.Outcome(card, "a", None, 0, late=True))
    s.add(q.Outcome(card, "b", False, 1))
    assert (s.right, len(s.answered), s.skipped) == (1, 2, 1)
    assert s.by_topic() == {"t": [1, 2, 1]}
    assert s.to_json()["skipped"] == 1


def test_a_self_graded_hard_is_recalled():
    """Hard is "I knew it, with effort": a pass, as FSRS schedules it; only Again is not."""
    card = {"id": "t.x", "kind": "short", "answer": "x"}
    s = q.Score()
    for rating in (1, 2, 3, 4):
        s.add(q.Outcome(card, None, None, rating))
    assert [o.ok for o in s.outcomes] == [False, True, True, True]
    assert (s.recalled, len(s.self_graded), s.to_json()["recalled"]) == (3, 4, 3)
    assert s.by_topic() == {"t": [3, 4, 0]}


def write_topic(folder: Path, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "t.yaml").write_text("topic: t\ntitle: {en: T, zh: T}\ncards:\n" + body, encoding="utf-8")
    return folder


CARD = """  - id: t.one
    kind: single
    difficulty: 1
    prompt: {en: Which?, zh: 哪个？}
    options: {a: one, b: two, c: none of these}
    answer: a
%s
    explanation: {en: "%s", zh: 因为。}
    source: a book
"""


def test_validate_checks_pinned_and_option_letters(tmp_path):
    ok = write_topic(tmp_path / "ok", CARD % ("    pinned: [c]", "(b) is wrong; f(x) is not a letter; (i) neither"))
    assert bank.validate([ok]) == []
    bad = write_topic(tmp_path / "bad", CARD % ("    pinned: [d]", "(e) is wrong"))
    errors = bank.validate([bad])
    assert any("pinned: 'd' is not one of the options" in e and e.split(":")[0].endswith("t.yaml") for e in errors), errors
    assert any("names option (e)" in e and "a-c" in e for e in errors), errors


def test_validate_counts_with_plurals(tmp_path):
    import subprocess
    import sys

    folder = write_topic(tmp_path / "one", CARD % ("", "(b) is wrong"))
    r = subprocess.run([sys.executable, "-m", "cvdrill", "validate", "--bank", str(folder)], capture_output=True,
                       text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.strip() == "ok: 1 topic, 1 card, 0 problems", r.stdout + r.stderr


def test_adjacent_references_are_each_remapped_and_ranges_rejected(tmp_path):
    assert q.remap("(a)(b) are wrong, (c) is right", {"a": "b", "b": "c", "c": "a"}) == "(b)(c) are wrong, (a) is right"
    assert q.remap("f(x) and g(a)", {"a": "b"}) == "f(x) and g(a)"  # calls are not references
    bad = write_topic(tmp_path / "range", CARD % ("", "(a)-(c) are all wrong"))
    assert any("range of options" in e for e in bank.validate([bad]))
