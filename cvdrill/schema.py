"""The typed schema of the YAML bank (pydantic).

Only `cvdrill validate` and a cold cache import this module: pydantic costs more to
import than the whole quiz start-up budget, so validated files are cached as plain
JSON (see bank.py).

A topic file:

    topic: losses
    title: {en: Loss functions, zh: 损失函数}
    cards:
      - id: losses.smooth-l1-grad        # "<topic>.<name>", stable forever
        kind: single                     # single | multi | numeric | bug | short | formula
        tags: [smooth-l1]
        difficulty: 2                    # 1 easy .. 3 hard
        prompt: {en: ..., zh: ...}
        options: {a: ..., b: ...}        # single / multi; a value is text or {en, zh}
        answer: b                        # see Card.answer
        explanation: {en: ..., zh: ...}
        source: Girshick, Fast R-CNN (ICCV 2015), eq. 3

A problem file (questions/problems/<slug>.yaml) is described by `ProblemText`.
"""
from __future__ import annotations

import re
from typing import Literal, Optional, Union

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

ID_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*\.[a-z0-9][a-z0-9_.-]*$")
SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
OPTION_RE = re.compile(r"^[a-z]$")
LETTER_REF = re.compile(r"(?:(?<=\([a-z]\))|(?<![A-Za-z0-9_'′)\]]))\(([a-z])\)")  # as quiz.LETTER_REF (quiz must not import pydantic); "(a)(b)" is two references
LETTER_RANGE = re.compile(r"\([a-z]\)\s*(?:-|–|—|~|～|到|至)\s*\([a-z]\)")
MATH = re.compile(r"\$\$.+?\$\$|\$.+?\$", re.S)


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Text(Strict):
    """A text in both languages. `$...$` spans are LaTeX, rendered as Unicode."""

    en: str = Field(min_length=1)
    zh: str = Field(min_length=1)


OptionText = Union[str, Text]
Kind = Literal["single", "multi", "numeric", "bug", "short", "formula"]


class Card(Strict):
    id: str
    kind: Kind
    tags: list[str] = []
    difficulty: int = Field(ge=1, le=3)
    prompt: Text
    code: Optional[str] = None  # a snippet shown under the prompt; required for "bug"
    options: Optional[dict[str, OptionText]] = None
    # single / multi: options that keep their letter and place when the options are
    # shuffled for a showing (e.g. "none of these"); the others move.
    pinned: Optional[list[str]] = None
    # single: an option key; multi: a list of keys; numeric: a number;
    # bug: a list of 1-based line numbers of `code`; short: the model answer (Text);
    # formula: the model answer (Text, may hold LaTeX).
    answer: Union[float, str, list[Union[str, int]], Text]
    tolerance: Optional[float] = Field(default=None, ge=0)  # numeric: absolute tolerance
    unit: Optional[str] = None
    check: Optional[str] = None  # numeric: a Python expression recomputed by the tests
    explanation: Text
    source: str = Field(min_length=3)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not ID_RE.match(v):
            raise ValueError(f'"{v}" is not of the form "<topic>.<name>" in lower case')
        return v

    @field_validator("options")
    @classmethod
    def _options(cls, v, info: ValidationInfo):
        if v is None:
            return v
        bad = [k for k in v if not OPTION_RE.match(k)]
        if bad:
            raise ValueError(f"option keys must be single letters a-z, got {bad}")
        keys = sorted(v)
        if keys != [chr(ord("a") + i) for i in range(len(keys))]:
            raise ValueError(f"option keys must run a, b, c, ... without gaps, got {keys}")
        if len(keys) < 2:
            raise ValueError("at least two options are needed")
        return v

    @field_validator("answer", mode="before")
    @classmethod
    def _answer(cls, v, info: ValidationInfo):
        kind = info.data.get("kind")
        options = info.data.get("options")
        if kind in ("single", "multi") and not options:
            return v  # the options are missing or invalid: that is the error, said there
        span = f"{min(options)}-{max(options)}" if options else "(none)"
        if kind == "single":
            if not isinstance(v, str) or not options or v not in options:
                raise ValueError(f'"{v}" is not one of the options {span}')
        elif kind == "multi":
            if not isinstance(v, list) or not v:
                raise ValueError("a multiple-choice answer is a non-empty list of option keys")
            for k in v:
                if not options or k not in options:
                    raise ValueError(f'"{k}" is not one of the options {span}')
            if len(set(v)) != len(v):
                raise ValueError("repeated option in the answer")
        elif kind == "numeric":
            if isinstance(v, bool) or not isinstance(v, (int, float)):
                raise ValueError(f"a numeric answer must be a number, got {v!r}")
        elif kind == "bug":
            if not isinstance(v, list) or not v or not all(
                isinstance(x, int) and not isinstance(x, bool) for x in v
            ):
                raise ValueError("a spot-the-bug answer is a non-empty list of line numbers")
            code = info.data.get("code")
            n = len(code.rstrip("\n").splitlines()) if code else 0
            for x in v:
                if not 1 <= x <= n:
                    raise ValueError(f"line {x} is outside the snippet (lines 1-{n})")
        elif kind in ("short", "formula"):
            if not isinstance(v, dict):
                raise ValueError("a short or formula answer is a text with en and zh")
        return v

    @model_validator(mode="after")
    def _by_kind(self):
        # what each kind needs, and option letters named in texts, are checked on the raw
        # data by bank._lint_topic: there they are reported with every other error of the
        # file, not only once the rest of the card is valid
        if self.pinned is not None:
            if not self.options:
                raise ValueError(f"pinned: a {self.kind} card has no options to pin")
            bad = [p for p in self.pinned if p not in self.options]
            if bad:
                raise ValueError("; ".join(f"pinned: {p!r} is not one of the options" for p in bad))
        return self


class Topic(Strict):
    topic: str
    title: Text
    cards: list[Card] = Field(min_length=1)

    @field_validator("topic")
    @classmethod
    def _topic(cls, v: str) -> str:
        if not SLUG_RE.match(v):
            raise ValueError(f'"{v}" is not a lower-case slug')
        return v

    @model_validator(mode="after")
    def _ids(self):
        for i, c in enumerate(self.cards):  # a repeated id: bank._lint_topic, at its line
            if not c.id.startswith(self.topic + "."):
                raise ValueError(f'cards[{i}].id "{c.id}" must start with "{self.topic}."')
        return self


class ProblemText(Strict):
    """The statement side of a judged problem: questions/problems/<slug>.yaml."""

    slug: str
    title: Text
    topic: str
    difficulty: int = Field(ge=1, le=3)
    signature: str
    statement: Text
    hints: list[Text] = Field(min_length=1)
    stub: str
    source: str = Field(min_length=3)

    @field_validator("slug")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not SLUG_RE.match(v):
            raise ValueError(f'"{v}" is not a lower-case slug')
        return v
