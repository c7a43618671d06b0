"""The quiz engine: choose cards, read an answer, grade it. No terminal I/O here
(render.py draws, cli.py asks), so practice and mock reuse it as it is."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any, Optional

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
SELF_GRADED = ("short", "formula")


@dataclass
class Outcome:
    card: dict
    answer: Any  # the parsed response (None when skipped)
    correct: Optional[bool]  # None when self-graded
    rating: int  # 1..4, what the scheduler sees
    seconds: float = 0.0


def pick(cards: list[dict], count: int, seed: Optional[int] = None) -> list[dict]:
    """`count` cards in a random order (the same for the same seed)."""
    rng = random.Random(seed)
    cards = list(cards)
    rng.shuffle(cards)
    return cards[:count]


class BadAnswer(ValueError):
    """The response cannot be read for this card; the message says what is expected."""


def expects(card: dict) -> str:
    """What a response looks like, for the prompt line."""
    k = card["kind"]
    keys = sorted(card.get("options", {}))
    if k == "single":
        return f"{keys[0]}-{keys[-1]}"
    if k == "multi":
        return f"all that apply, e.g. {keys[0]},{keys[-1]}"
    if k == "numeric":
        return "a number" + (f" in {card['unit']}" if card.get("unit") else "")
    if k == "bug":
        return "line number(s), e.g. 3 or 3,5"
    return "Enter to reveal"


def parse(card: dict, text: str):
    """The response as data, or BadAnswer."""
    k = card["kind"]
    t = text.strip().lower()
    if k == "single":
        if t in card["options"]:
            return t
        raise BadAnswer(f"type one of {', '.join(sorted(card['options']))}")
    if k == "multi":
        keys = [x for x in re.split(r"[\s,;]+|(?<=[a-z])(?=[a-z])", t) if x]
        if keys and all(x in card["options"] for x in keys):
            return sorted(set(keys))
        raise BadAnswer(f"type the letters that apply, e.g. {','.join(sorted(card['options'])[:2])}")
    if k == "numeric":
        try:
            return float(t.replace(",", "").removesuffix(str(card.get("unit", "")).lower()).strip())
        except ValueError:
            raise BadAnswer("type a number, e.g. 28.13") from None
    if k == "bug":
        try:
            nums = sorted({int(x) for x in re.split(r"[\s,;]+", t) if x})
        except ValueError:
            raise BadAnswer("type line numbers, e.g. 3 or 3,5") from None
        n = len(card["code"].rstrip("\n").splitlines())
        if not nums or not all(1 <= x <= n for x in nums):
            raise BadAnswer(f"type line numbers between 1 and {n}")
        return nums
    return text


def grade(card: dict, answer) -> tuple[Optional[bool], int]:
    """(correct, rating) for an auto-graded answer: right is Good (3), wrong is Again (1)."""
    k = card["kind"]
    if k == "single":
        ok = answer == card["answer"]
    elif k == "multi":
        ok = sorted(answer) == sorted(card["answer"])
    elif k == "numeric":
        ok = abs(float(answer) - float(card["answer"])) <= float(card["tolerance"]) + 1e-12
    elif k == "bug":
        ok = sorted(answer) == sorted(card["answer"])
    else:
        raise ValueError(f"{k} cards are self-graded")
    return ok, (3 if ok else 1)


def self_rating(text: str) -> int:
    t = text.strip().lower()
    names = {v.lower(): k for k, v in RATINGS.items()}
    if t in ("1", "2", "3", "4"):
        return int(t)
    if t in names:
        return names[t]
    if t[:1] in ("a", "h", "g", "e"):
        return {"a": 1, "h": 2, "g": 3, "e": 4}[t[:1]]
    raise BadAnswer("type 1 Again, 2 Hard, 3 Good or 4 Easy")


@dataclass
class Score:
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.outcomes.append(o)

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.correct is not None]

    @property
    def right(self) -> int:
        return sum(1 for o in self.graded if o.correct)

    @property
    def recalled(self) -> int:
        """Self-graded cards rated Good or Easy."""
        return sum(1 for o in self.outcomes if o.correct is None and o.rating >= 3)

    def by_topic(self) -> dict[str, list[int]]:
        """topic -> [right or recalled, answered]."""
        out: dict[str, list[int]] = {}
        for o in self.outcomes:
            t = out.setdefault(o.card["id"].split(".")[0], [0, 0])
            t[1] += 1
            t[0] += int(o.correct if o.correct is not None else o.rating >= 3)
        return out

    def to_json(self) -> dict:
        return {"answered": len(self.outcomes), "auto_graded": len(self.graded), "right": self.right,
                "self_graded": len(self.outcomes) - len(self.graded), "recalled": self.recalled,
                "by_topic": {k: {"right": v[0], "answered": v[1]} for k, v in self.by_topic().items()},
                "cards": [{"id": o.card["id"], "correct": o.correct, "rating": o.rating} for o in self.outcomes]}
