"""The quiz engine: choose cards, read an answer, grade it. No terminal I/O here
(render.py draws, cli.py asks), so practice and mock reuse it as it is."""
from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from typing import Any, Optional

RATINGS = {1: "Again", 2: "Hard", 3: "Good", 4: "Easy"}
RECALLED = 2  # Hard and above: recalled, with effort or not (FSRS counts Hard as a pass too)
SELF_GRADED = ("short", "formula")


def passed(correct, rating: int) -> bool:
    """Right (an auto-graded card: correct is set) or recalled (a self-graded one: Hard or
    above). The one rule behind a quiz's score and stats' retention."""
    return bool(correct) if correct is not None else rating >= RECALLED


@dataclass
class Outcome:
    card: dict  # the card as shown (options in the order and letters the user saw)
    answer: Any  # the parsed response, in the letters shown (None when skipped or late)
    correct: Optional[bool]  # None when self-graded, skipped or late
    rating: int  # 1..4, what the scheduler sees (0 when skipped or late: nothing to schedule)
    seconds: float = 0.0
    skipped: bool = False  # postponed: neither right nor wrong in any score
    late: bool = False  # given after the deadline (mock): does not count

    @property
    def counted(self) -> bool:
        return not (self.skipped or self.late)

    @property
    def ok(self) -> bool:
        """Right (auto-graded) or recalled (self-graded Hard, Good or Easy)."""
        if not self.counted:
            return False
        return passed(self.correct, self.rating)

    def stored_answer(self):
        """The answer in the bank's own letters (progress does not depend on a shuffle)."""
        return to_bank(self.card, self.answer)


def pick(cards: list[dict], count: int, seed: Optional[int] = None) -> list[dict]:
    """`count` cards in a random order (the same for the same seed)."""
    rng = random.Random(seed)
    cards = list(cards)
    rng.shuffle(cards)
    return cards[:count]


# An option referred to by letter in an explanation or another option: "(b)", not "f(b)".
# Only letters that are options of the card are remapped (see schema.Card, which checks
# that every such reference outside $math$ names an option).
LETTER_REF = re.compile(r"(?:(?<=\([a-z]\))|(?<![A-Za-z0-9_'′)\]]))\(([a-z])\)")


def shuffle(card: dict, rng: random.Random) -> dict:
    """One showing of a choice card: its options in a new order under the letters a, b,
    c, ... again; the answer and every `(x)` in the options and the explanation are
    remapped to the letters shown. Options listed in `pinned` keep their letter and
    place. `shown` maps each shown letter to the bank's letter. Other cards: as they are."""
    if card["kind"] not in ("single", "multi"):
        return card
    keys = sorted(card["options"])
    pinned = set(card.get("pinned") or ())
    movable = [k for k in keys if k not in pinned]
    order = list(movable)
    rng.shuffle(order)
    it = iter(order)
    shown = {k: (k if k in pinned else next(it)) for k in keys}  # shown letter -> bank letter
    back = {b: k for k, b in shown.items()}
    out = dict(card)
    out["shown"] = shown
    out["options"] = {k: remap(card["options"][b], back) for k, b in shown.items()}
    out["answer"] = back[card["answer"]] if card["kind"] == "single" else sorted(back[x] for x in card["answer"])
    out["explanation"] = remap(card["explanation"], back)
    return out


def remap(text, mapping: dict[str, str]):
    """`(b)` -> `(mapping[b])` in a text, or in each language of a bilingual text."""
    if isinstance(text, dict):
        return {k: (remap(v, mapping) if isinstance(v, str) else v) for k, v in text.items()}
    return LETTER_REF.sub(lambda m: f"({mapping.get(m.group(1), m.group(1))})", text)


def to_bank(card: dict, answer):
    """A response in shown letters -> the bank's letters (unchanged for other cards)."""
    shown = card.get("shown")
    if not shown or answer is None:
        return answer
    if isinstance(answer, str):
        return shown[answer]
    return sorted(shown[x] for x in answer)


def option_marks(card: dict, answer) -> dict[str, str]:
    """For a multi card: each option's mark against the response: "hit" (right and
    chosen), "missed" (right, not chosen), "wrong" (chosen, not right), "" otherwise."""
    right, chosen = set(card["answer"]), set(answer or ())
    return {k: ("hit" if k in right and k in chosen else "missed" if k in right else "wrong" if k in chosen else "")
            for k in sorted(card["options"])}


class BadAnswer(ValueError):
    """The response cannot be read for this card; the message says what is expected."""


def expects(card: dict, lang: str = "en") -> str:
    """What a response looks like, for the prompt line."""
    k = card["kind"]
    zh = lang == "zh"
    keys = sorted(card.get("options", {}))
    if k == "single":
        return f"{keys[0]}-{keys[-1]}"
    if k == "multi":
        return f"选出所有正确项，如 {keys[0]},{keys[-1]}" if zh else f"all that apply, e.g. {keys[0]},{keys[-1]}"
    if k == "numeric":
        unit = card.get("unit")
        if zh:
            return "一个数" + (f"，单位 {unit}" if unit else "")
        return "a number" + (f" in {unit}" if unit else "")
    if k == "bug":
        return "行号，如 3 或 3,5" if zh else "line number(s), e.g. 3 or 3,5"
    return "按回车查看" if zh else "Enter to reveal"


def parse(card: dict, text: str, lang: str = "en"):
    """The response as data, or BadAnswer (its message in `lang`)."""
    k = card["kind"]
    zh = lang == "zh"
    t = text.strip().lower()
    if k == "single":
        if t in card["options"]:
            return t
        keys = ", ".join(sorted(card["options"]))
        raise BadAnswer(f"请输入其中一个：{keys}" if zh else f"type one of {keys}")
    if k == "multi":
        keys = [x for x in re.split(r"[\s,;，；]+|(?<=[a-z])(?=[a-z])", t) if x]
        if keys and all(x in card["options"] for x in keys):
            return sorted(set(keys))
        eg = ",".join(sorted(card["options"])[:2])
        raise BadAnswer(f"请输入所有正确项的字母，如 {eg}" if zh else f"type the letters that apply, e.g. {eg}")
    if k == "numeric":
        try:
            return float(t.replace(",", "").removesuffix(str(card.get("unit", "")).lower()).strip())
        except ValueError:
            raise BadAnswer("请输入一个数，如 28.13" if zh else "type a number, e.g. 28.13") from None
    if k == "bug":
        try:
            nums = sorted({int(x) for x in re.split(r"[\s,;，；]+", t) if x})
        except ValueError:
            raise BadAnswer("请输入行号，如 3 或 3,5" if zh else "type line numbers, e.g. 3 or 3,5") from None
        n = len(card["code"].rstrip("\n").splitlines())
        if not nums or not all(1 <= x <= n for x in nums):
            raise BadAnswer(f"请输入 1 到 {n} 之间的行号" if zh else f"type line numbers between 1 and {n}")
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


RATINGS_ZH = {1: "忘了", 2: "困难", 3: "良好", 4: "简单"}


def self_rating(text: str, lang: str = "en") -> int:
    t = text.strip().lower()
    names = {v.lower(): k for k, v in RATINGS.items()} | {v: k for k, v in RATINGS_ZH.items()}
    if t in ("1", "2", "3", "4"):
        return int(t)
    if t in names:
        return names[t]
    if t[:1] in ("a", "h", "g", "e"):
        return {"a": 1, "h": 2, "g": 3, "e": 4}[t[:1]]
    raise BadAnswer("请输入 1 忘了、2 困难、3 良好 或 4 简单" if lang == "zh" else "type 1 Again, 2 Hard, 3 Good or 4 Easy")


@dataclass
class Score:
    outcomes: list[Outcome] = field(default_factory=list)

    def add(self, o: Outcome) -> None:
        self.outcomes.append(o)

    @property
    def answered(self) -> list[Outcome]:
        """What counts: skipped and late answers are kept apart."""
        return [o for o in self.outcomes if o.counted]

    @property
    def skipped(self) -> int:
        return sum(1 for o in self.outcomes if o.skipped)

    @property
    def graded(self) -> list[Outcome]:
        return [o for o in self.answered if o.correct is not None]

    @property
    def right(self) -> int:
        return sum(1 for o in self.graded if o.correct)

    @property
    def self_graded(self) -> list[Outcome]:
        return [o for o in self.answered if o.correct is None]

    @property
    def recalled(self) -> int:
        """Self-graded cards rated Hard, Good or Easy: recalled."""
        return sum(1 for o in self.self_graded if o.rating >= RECALLED)

    def by_topic(self) -> dict[str, list[int]]:
        """topic -> [right or recalled, answered, skipped]."""
        out: dict[str, list[int]] = {}
        for o in self.outcomes:
            t = out.setdefault(o.card["id"].split(".")[0], [0, 0, 0])
            if o.skipped:
                t[2] += 1
            elif o.counted:
                t[1] += 1
                t[0] += int(o.ok)
        return out

    def to_json(self) -> dict:
        return {"answered": len(self.answered), "skipped": self.skipped, "auto_graded": len(self.graded),
                "right": self.right, "self_graded": len(self.self_graded), "recalled": self.recalled,
                "by_topic": {k: {"right": v[0], "answered": v[1], "skipped": v[2]} for k, v in self.by_topic().items()},
                "cards": [{"id": o.card["id"], "correct": o.correct, "rating": o.rating, "skipped": o.skipped}
                          for o in self.outcomes]}
