"""The bank loader: YAML topic files and problem statements -> validated plain data.

Errors name file, line and field (`questions/losses.yaml:42: cards[3].answer: ...`).
Validated files are cached as JSON under the data folder, keyed by path, size and
mtime, so that a quiz starts without importing pydantic or re-parsing YAML.
"""
from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, paths


class BankError(Exception):
    """One or more problems in bank files; each message is `file:line: field: what`."""

    def __init__(self, messages: list[str]):
        super().__init__("\n".join(messages))
        self.messages = messages


@dataclass
class Bank:
    topics: dict[str, dict] = field(default_factory=dict)  # slug -> {"topic","title","cards","file"}
    problems: dict[str, dict] = field(default_factory=dict)  # slug -> problem text + "file"

    @property
    def cards(self) -> dict[str, dict]:
        return {c["id"]: c for t in self.topics.values() for c in t["cards"]}

    def select(self, query: str | None) -> list[dict]:
        """Cards of a topic, or carrying a tag; all cards when query is None."""
        if not query:
            return [c for t in self.topics.values() for c in t["cards"]]
        q = query.lower()
        if q in self.topics:
            return list(self.topics[q]["cards"])
        return [c for t in self.topics.values() for c in t["cards"] if q in c.get("tags", [])]

    def names(self) -> list[str]:
        tags = {tag for c in self.cards.values() for tag in c.get("tags", [])}
        return sorted(set(self.topics) | tags)

    def closest(self, query: str) -> list[str]:
        """Topics first (what people usually mean), then tags."""
        import difflib

        q = query.lower()
        topics = difflib.get_close_matches(q, list(self.topics), n=3, cutoff=0.5)
        tags = difflib.get_close_matches(q, [n for n in self.names() if n not in self.topics], n=3, cutoff=0.6)
        return (topics + tags)[:3]


# ---------------------------------------------------------------- YAML with lines


def _compose(path: Path, rel: str):
    """Parse YAML into (data, {field path tuple: line}) or raise BankError."""
    import yaml

    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as e:
        raise BankError([f"{rel}: cannot read: {e}"]) from None
    try:
        node = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else 1
        raise BankError([f"{rel}:{line}: YAML syntax: {e.problem or e}"]) from None
    if node is None:
        raise BankError([f"{rel}:1: the file is empty"])
    lines: dict[tuple, int] = {}
    constructor = yaml.constructor.SafeConstructor()

    def walk(n, loc: tuple):
        lines[loc] = n.start_mark.line + 1
        if isinstance(n, yaml.MappingNode):
            out = {}
            for k, v in n.value:
                key = constructor.construct_object(k, deep=True)
                if key in out:
                    raise BankError([f"{rel}:{k.start_mark.line + 1}: {_fmt(loc + (key,))}: repeated key"])
                lines[loc + (key,)] = k.start_mark.line + 1
                out[key] = walk(v, loc + (key,))
                lines[loc + (key,)] = k.start_mark.line + 1
            return out
        if isinstance(n, yaml.SequenceNode):
            return [walk(v, loc + (i,)) for i, v in enumerate(n.value)]
        return constructor.construct_object(n, deep=True)

    return walk(node, ()), lines


def _fmt(loc: tuple) -> str:
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top)"


def _line_of(loc: tuple, lines: dict[tuple, int]) -> int:
    for n in range(len(loc), -1, -1):
        if loc[:n] in lines:
            return lines[loc[:n]]
    return 1


def _validate(model, data, rel: str, lines: dict) -> dict:
    from pydantic import ValidationError

    try:
        obj = model.model_validate(data)
    except ValidationError as e:
        msgs, seen = [], set()
        for err in e.errors():
            # pydantic adds union member names ("Text", "str") to the location; drop them
            loc = tuple(p for p in err["loc"] if not (isinstance(p, str) and (p[:1].isupper() or p == "str")
                                                       or "[" in str(p)))
            if isinstance(err.get("input"), bool) or loc in seen:
                continue  # a YAML yes/no: _lint says so; a union gives one error per member
            seen.add(loc)
            msg = err["msg"].removeprefix("Value error, ")
            if err["type"] == "missing":
                msg = "missing"
            elif err["type"] == "extra_forbidden":
                msg = "unknown field"
            msgs.append(f"{rel}:{_line_of(loc, lines)}: {_fmt(loc)}: {msg}")
        raise BankError(msgs) from None
    return obj.model_dump(mode="json", exclude_none=True)


def _rel(path: Path) -> str:
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


def parse_topic(path: Path, checks: bool = False) -> dict:
    """One topic file, validated: every error of the file at once, each at its line.
    `checks` also evaluates each numeric card's `check` expression (validate does)."""
    from .schema import Topic

    rel = _rel(path)
    data, lines = _compose(path, rel)
    msgs = _lint_topic(data, rel, lines, checks)
    try:
        topic = _validate(Topic, data, rel, lines)
    except BankError as e:
        msgs += e.messages
        topic = None
    if topic is not None and path.stem != topic["topic"]:
        msgs.append(f"{rel}:{lines.get(('topic',), 1)}: topic: \"{topic['topic']}\" must match the file name \"{path.stem}\"")
    if msgs:
        raise BankError(_by_line(msgs))
    topic["lines"] = {c["id"]: lines.get(("cards", i, "id"), 1) for i, c in enumerate(topic["cards"])}
    return topic


def _by_line(msgs: list[str]) -> list[str]:
    """Unique messages in file and line order."""
    def key(m):
        f, _, rest = m.partition(":")
        line = rest.split(":", 1)[0]
        return (f, int(line) if line.isdigit() else 0)
    return sorted(dict.fromkeys(msgs), key=key)


def _strings(obj, loc: tuple):
    """(location, string) of every text in a card, and (location, bool) for booleans."""
    if isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(v, loc + (k,))
    elif isinstance(obj, list):
        for i, v in enumerate(obj):
            yield from _strings(v, loc + (i,))
    elif isinstance(obj, (str, bool)):
        yield loc, obj


def _latex_problem(s: str) -> str | None:
    """An odd number of $ (unescaped), or unbalanced braces inside a $...$ span."""
    import re

    bare = re.sub(r"\\\$", "", s)
    if bare.count("$") % 2:
        return "unbalanced $ (an odd number of $ signs; write \\$ for a dollar sign)"
    for m in re.finditer(r"\$\$.+?\$\$|\$.+?\$", bare, re.S):
        span = re.sub(r"\\[{}]", "", m.group(0))
        if span.count("{") != span.count("}"):
            return f"unbalanced braces in {m.group(0)[:40]!r}"
    return None


# what a numeric card's `check` expression may use besides math and np (numpy)
CHECK_BUILTINS = {f.__name__: f for f in (abs, min, max, sum, round, len, range, float, int, pow, sorted, zip,
                                          enumerate, map, any, all, list, tuple)}


def _lint_topic(data, rel: str, lines: dict, checks: bool = False) -> list[str]:
    """What the schema cannot say (or says only once the rest of a card is valid): YAML
    booleans where a text was meant, LaTeX that does not balance, a card id used twice (at
    the second one), options a card's kind needs, letters naming no option, and (with
    `checks`) a numeric card whose check expression disagrees with its answer."""
    from .schema import LETTER_RANGE, LETTER_REF, MATH

    out: list[str] = []

    def say(loc: tuple, msg: str):
        out.append(f"{rel}:{_line_of(loc, lines)}: {_fmt(loc)}: {msg}")

    cards = data.get("cards") if isinstance(data, dict) else None
    if not isinstance(cards, list):
        return out
    first: dict[str, int] = {}
    for i, c in enumerate(cards):
        if not isinstance(c, dict):
            continue
        base = ("cards", i)
        cid = c.get("id")
        if isinstance(cid, str):
            if cid in first:
                say(base + ("id",), f'"{cid}" is used twice (first at line {first[cid]})')
            else:
                first[cid] = _line_of(base + ("id",), lines)
        for loc, v in _strings(c, base):
            if isinstance(v, bool):
                say(loc, f"read as the boolean {str(v).lower()}: YAML reads an unquoted yes, no, on, off, "
                         f"true or false as a boolean; put it in quotes (\"{'yes' if v else 'no'}\")")
            elif loc[2] != "code" and loc[2] != "check" and (problem := _latex_problem(v)):
                say(loc, problem)
        kind, options = c.get("kind"), c.get("options")
        if kind in ("single", "multi") and not options:
            say(base + ("kind",), f"a {kind} card needs options")
        if kind in ("numeric", "bug", "short", "formula") and options:
            say(base + ("options",), f"a {kind} card takes no options")
        if kind == "numeric" and "tolerance" not in c:
            say(base, "a numeric card needs a tolerance")
        if kind == "bug" and not c.get("code"):
            say(base, "a bug card needs a code snippet")
        if isinstance(options, dict) and options and all(isinstance(k, str) for k in options):
            keys = sorted(options)
            texts = [(base + ("explanation",), c.get("explanation"))]
            texts += [(base + ("options", k), v) for k, v in options.items()]
            for loc, t in texts:
                langs = t.items() if isinstance(t, dict) else [("", t)]
                for lang, text in langs:
                    if not isinstance(text, str):
                        continue
                    where = loc + ((lang,) if lang else ())
                    plain = MATH.sub(" ", text)
                    if m := LETTER_RANGE.search(plain):
                        say(where, f"names a range of options ({m.group(0)}): the letters are shuffled, "
                                   "so name each option: (a), (b) and (c)")
                    for m in LETTER_REF.finditer(plain):
                        if m.group(1) not in options and m.group(1) <= "h":  # (i), (ii): numerals
                            say(where, f"names option ({m.group(1)}), but the options are {keys[0]}-{keys[-1]}")
        if checks and kind == "numeric" and isinstance(c.get("check"), str):
            ans, tol = c.get("answer"), c.get("tolerance")
            if isinstance(ans, (int, float)) and isinstance(tol, (int, float)) and not isinstance(ans, bool):
                import math

                import numpy as np
                try:
                    got = float(eval(c["check"], {"__builtins__": CHECK_BUILTINS, "math": math, "np": np}))  # noqa: S307 (the bank author's own expression)
                except Exception as e:  # noqa: BLE001 (any error in the expression is the message)
                    say(base + ("check",), f"cannot be evaluated: {type(e).__name__}: {e}")
                else:
                    if not abs(got - ans) <= tol:
                        say(base + ("check",), f"gives {got:.10g}, but the answer is {ans} (tolerance {tol})")
    return out


def parse_problem(path: Path) -> dict:
    from .schema import ProblemText

    rel = _rel(path)
    data, lines = _compose(path, rel)
    prob = _validate(ProblemText, data, rel, lines)
    if path.stem != prob["slug"]:
        raise BankError([f"{rel}:{lines.get(('slug',), 1)}: slug: \"{prob['slug']}\" must match the file name \"{path.stem}\""])
    return prob


# ---------------------------------------------------------------- cache


def _cache_dir() -> Path | None:
    """<data folder>/cache, or the folder CVDRILL_CACHE names (e.g. one cache for several
    data folders: every file in it is keyed by its source's path, size and time)."""
    try:
        env = os.environ.get("CVDRILL_CACHE")
        d = Path(env).expanduser() if env else paths.home() / "cache"
        d.mkdir(parents=True, exist_ok=True)
        return d
    except OSError:
        return None


def _prerendered(parse):
    def parse_and_render(path: Path) -> dict:
        from .text import prerender

        data = parse(path)
        if "cards" in data:
            data["cards"] = [prerender(c) for c in data["cards"]]
        return data

    parse_and_render.__name__ = parse.__name__ + "_rendered"
    return parse_and_render


def _code_stamp() -> str:
    """The loader, schema and renderer as they are now: a change to any of them
    invalidates the cache (it holds validated, pre-rendered cards)."""
    here = Path(__file__).resolve().parent
    return ",".join(str((here / f).stat().st_mtime_ns) for f in ("bank.py", "schema.py", "text.py"))


def _cached(path: Path, parse) -> dict:
    st = path.stat()
    key = f"{__version__}|{_code_stamp()}|{path.resolve()}|{st.st_size}|{st.st_mtime_ns}|{parse.__name__}"
    d = _cache_dir()
    f = d / (hashlib.sha1(key.encode()).hexdigest()[:20] + ".json") if d else None
    if f is not None and f.exists():
        try:
            return json.loads(f.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    data = parse(path)
    if f is not None:
        try:
            tmp = f.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, f)
        except OSError:
            pass
    return data


# ---------------------------------------------------------------- public


def bank_dirs(extra: list[Path] | None = None) -> list[Path]:
    return [paths.builtin_bank(), *paths.user_banks(), *(extra or [])]


def topic_files(dirs: list[Path]) -> list[Path]:
    return [f for d in dirs for f in sorted(Path(d).glob("*.yaml"))]


def problem_files(dirs: list[Path]) -> list[Path]:
    return [f for d in dirs for f in sorted((Path(d) / "problems").glob("*.yaml"))]


def load(dirs: list[Path] | None = None, only_topic: str | None = None, problems: bool = True,
         cache: bool = True, checks: bool = False) -> Bank:
    """Load (and validate) a bank. `only_topic` reads just that topic's file when one exists;
    `checks` (no cache) also evaluates the numeric cards' check expressions."""
    dirs = bank_dirs() if dirs is None else dirs
    bank = Bank()
    errors: list[str] = []
    files = topic_files(dirs)
    if only_topic:
        named = [f for f in files if f.stem == only_topic.lower()]
        files = named or files
    for f in files:
        try:
            t = _cached(f, _prerendered(parse_topic)) if cache else parse_topic(f, checks)
        except BankError as e:
            errors += e.messages
            continue
        if t["topic"] in bank.topics:
            errors.append(f"{_rel(f)}:1: topic: \"{t['topic']}\" is also defined in {bank.topics[t['topic']]['file']}")
            continue
        t["file"] = _rel(f)
        bank.topics[t["topic"]] = t
    if problems:
        for f in problem_files(dirs):
            try:
                p = _cached(f, parse_problem) if cache else parse_problem(f)
            except BankError as e:
                errors += e.messages
                continue
            p["file"] = _rel(f)
            bank.problems[p["slug"]] = p
    seen: dict[str, str] = {}
    for t in bank.topics.values():
        for c in t["cards"]:
            if c["id"] in seen:
                line = t.get("lines", {}).get(c["id"], 1)
                errors.append(f"{t['file']}:{line}: card id \"{c['id']}\" is also in {seen[c['id']]}")
            seen[c["id"]] = f"{t['file']}:{t.get('lines', {}).get(c['id'], 1)}"
    if errors:
        raise BankError(_by_line(errors))
    return bank


def validate(dirs: list[Path]) -> list[str]:
    """All error messages of the banks in `dirs` (empty when valid); never uses the cache."""
    missing = [f"{_rel(Path(d))}: no such folder" for d in dirs if not Path(d).is_dir()]
    if missing:
        return missing
    errors: list[str] = []
    try:
        bank = load(dirs, cache=False, checks=True)
    except BankError as e:
        return e.messages
    if not bank.topics and not bank.problems:
        errors.append(f"{', '.join(_rel(Path(d)) for d in dirs)}: no topic files (*.yaml) found")
    for p in bank.problems.values():
        if p["topic"] not in bank.topics and bank.topics:
            errors.append(f"{p['file']}:1: topic: \"{p['topic']}\" is not a topic of the bank")
    return errors
