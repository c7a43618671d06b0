"""The built-in bank: valid, complete, and every number and formula recomputed."""
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from cvdrill import bank
from cvdrill.text import show

FIXTURES = Path(__file__).parent / "fixtures"
# Every concept of the seed notes, as topic slugs of the bank.
SEED_TOPICS = ["alexnet", "vgg", "inception", "resnet", "mobilenet", "shufflenet", "losses", "activations",
               "dropout", "init", "anchor-free", "iou", "nms", "filters", "gan", "divergence", "srgan", "lpips",
               "fid", "tv-loss", "esrgan", "gfpgan", "psnr", "ssim", "map", "statistics"]


@pytest.fixture(scope="module")
def b():
    return bank.load(cache=False)


def cli(*args, **kw):
    return subprocess.run([sys.executable, "-m", "cvdrill", *args], capture_output=True, text=True, timeout=120, **kw)


def test_builtin_bank_validates():
    assert bank.validate(bank.bank_dirs()) == []
    r = cli("validate")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("ok:")


def test_every_seed_topic_has_six_cards(b):
    for t in SEED_TOPICS:
        assert t in b.topics, f"topic {t} is missing"
        assert len(b.topics[t]["cards"]) >= 6, t
    assert len(b.cards) >= 200


def test_seed_traps_are_taught(b):
    tags_or_text = lambda c: json.dumps(c, ensure_ascii=False).lower()  # noqa: E731
    bugs = [c for c in b.cards.values() if c["kind"] == "bug"]
    assert any("smooth" in tags_or_text(c) for c in bugs), "the smooth-L1 derivative sign error"
    assert any("+ 1" in c["code"] or "+1" in c["code"] for c in bugs if c["id"].startswith("nms.")), "NMS +1 areas"
    assert any(c["id"].startswith("filters.") and "uint8" in c["code"] for c in bugs), "Sobel clipped to uint8"


# A card leaning on another one: cards are shuffled, so "the same image" names nothing.
LEANS_EN = re.compile(r"^\s*(same|again|now)\b|\b(as above|the above|previous (card|question)|"
                      r"same (data|ranked list|network as|setup as))\b", re.I)
LEANS_ZH = re.compile(r"同上|上一题|上题|前一题|还是同一|数据同|同一图像")


def test_every_card_stands_alone(b):
    leaning = [cid for cid, c in b.cards.items()
               if LEANS_EN.search(show(c["prompt"], "en")) or LEANS_ZH.search(show(c["prompt"], "zh"))]
    assert not leaning, f"these prompts lean on another card: {leaning}"
    assert LEANS_EN.search("Same image $x = [[0, 3], [4, 0]]$.") and LEANS_ZH.search("数据同上：4 个 GT 物体")


def test_sobel_border_gives_its_kernel(b):
    # with the mirrored kernel the answer's sign flips: the card must say which one
    assert "[-1, 0, 1]" in show(b.cards["filters.sobel-border"]["prompt"], "en")


def test_numeric_answers_recomputed(b):
    checked = 0
    for c in b.cards.values():
        if c["kind"] == "numeric" and c.get("check"):
            value = eval(c["check"], {"math": math, "np": np, "__builtins__": bank.CHECK_BUILTINS})
            assert abs(float(value) - c["answer"]) <= c["tolerance"], f"{c['id']}: check gives {value}, answer {c['answer']}"
            checked += 1
    assert checked >= 30


def test_both_languages_present(b):
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for c in b.cards.values():
        assert cjk.search(c["prompt"]["zh"]), f"{c['id']}: the zh prompt has no Chinese"
        assert cjk.search(c["explanation"]["zh"]), f"{c['id']}: the zh explanation has no Chinese"


def test_latex_macros_render(b):
    """Every macro in a $...$ span is one pylatexenc (or our table) knows: none is dropped."""
    from pylatexenc import latex2text

    from cvdrill import text

    db = latex2text.get_default_latex_context_db()
    known = {m.macroname for cat in db.category_list for m in db.d[cat]["macros"].values()} \
        if hasattr(db, "d") else set()
    known |= set(text._MISSING_MAP) | {"|", "{", "}", ",", ";", "!", " ", "%", "_", "&", "#", "$",
                                       "lVert", "rVert", "operatorname"} | set(text._OPS.split("|"))
    unknown = set()
    for c in b.cards.values():
        blob = json.dumps({k: v for k, v in c.items() if k not in ("code", "source", "check")}, ensure_ascii=False)
        blob = json.loads(blob)
        for s in _strings(blob):
            for span in re.findall(r"\$(.+?)\$", s, re.S):
                for m in re.findall(r"\\([A-Za-z]+)", span):
                    if m not in known:
                        unknown.add((c["id"], m))
    assert not unknown, sorted(unknown)


def _strings(v):
    if isinstance(v, str):
        yield v
    elif isinstance(v, dict):
        for x in v.values():
            yield from _strings(x)
    elif isinstance(v, list):
        for x in v:
            yield from _strings(x)


def test_render_leaves_no_latex(b):
    for c in list(b.cards.values()):
        for lang in ("en", "zh"):
            out = show(c["prompt"], lang) + show(c["explanation"], lang)
            assert not re.search(r"\\(frac|sum|sqrt|log|mathbb|theta|sigma)\b", out), (c["id"], out)


def test_broken_bank_names_file_line_field():
    r = cli("validate", "--bank", str(FIXTURES / "broken_bank"))
    assert r.returncode == 1
    assert "Traceback" not in r.stderr
    assert re.search(r"broken_bank/losses\.yaml:17: cards\[1\]\.answer: \"e\" is not one of the options a-d", r.stderr), r.stderr
    assert re.search(r"broken_bank/syntax\.yaml:\d+: YAML syntax", r.stderr), r.stderr


def test_user_bank_added_by_env(tmp_path):
    (tmp_path / "mine.yaml").write_text(
        "topic: mine\ntitle: {en: Mine, zh: 我的}\ncards:\n  - id: mine.one\n    kind: numeric\n    difficulty: 1\n"
        "    prompt: {en: '1+1?', zh: '1+1 等于几？'}\n    answer: 2\n    tolerance: 0\n"
        "    explanation: {en: two, zh: 二}\n    source: arithmetic\n")
    import os

    env = dict(os.environ, CVDRILL_BANK=str(tmp_path))
    r = cli("list", "--json", env=env)
    assert r.returncode == 0, r.stderr
    assert "mine" in [t["topic"] for t in json.loads(r.stdout)["topics"]]


def test_list_json_parses(b):
    r = cli("list", "--json")
    assert r.returncode == 0, r.stderr
    data = json.loads(r.stdout)
    assert {t["topic"] for t in data["topics"]} == set(b.topics)
    assert {p["slug"] for p in data["problems"]} == set(b.problems)


def test_unknown_topic_suggests():
    r = cli("quiz", "losse")
    assert r.returncode == 2
    assert "losses" in r.stderr and "Traceback" not in r.stderr


def test_every_command_has_help():
    from cvdrill.cli import app
    import typer.main

    group = typer.main.get_command(app)
    assert group.help and "Example" in group.help
    for name, cmd in group.commands.items():
        assert cmd.help and "Example" in cmd.help, name
        r = cli(name, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout, name


def _longest_share(cards, lang: str, pick=max) -> float:
    """Of the single-choice cards, the share whose right option is the longest (ties
    count as longest; the shortest with pick=min), in characters of the rendered text."""
    singles = [c for c in cards if c["kind"] == "single"]
    tells = 0
    for c in singles:
        lens = {k: len(show(v, lang)) for k, v in c["options"].items()}
        tells += lens[c["answer"]] == pick(lens.values())
    return tells / len(singles)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_the_right_option_is_rarely_the_longest(b, lang):
    """Option length must not pay either way: of the single-choice cards, the right option
    is the longest in 15-35% and the shortest in 15-35% (a random choice among 4 is 25%).
    Below 15%, "never the longest" (or "never the shortest") would beat chance."""
    for pick, word in ((max, "longest"), (min, "shortest")):
        share = _longest_share(b.cards.values(), lang, pick=pick)
        assert 0.15 <= share <= 0.35, f"{lang}: the right option is the {word} in {share:.0%} of single-choice cards"


def test_longest_share_counts_ties_and_catches_a_tell():
    card = lambda ans, opts: {"kind": "single", "answer": ans, "options": opts}  # noqa: E731
    assert _longest_share([card("a", {"a": "long answer", "b": "short"})], "en") == 1.0
    assert _longest_share([card("a", {"a": "same", "b": "size"})], "en") == 1.0
    assert _longest_share([card("b", {"a": "long answer", "b": "short"})], "en") == 0.0


def test_every_help_example_is_true(b, tmp_path):
    """Each `cvdrill ...` example in a --help names a topic, tag, card or problem that exists,
    and the examples that need no terminal run with exit code 0."""
    import os
    import shlex

    import typer.main

    from cvdrill.cli import app

    group = typer.main.get_command(app)
    texts = [group.help] + [cmd.help for cmd in group.commands.values()]
    examples = [line.strip() for t in texts for line in t.splitlines() if line.strip().startswith("cvdrill ")]
    examples += [t.split("Example: ", 1)[1].splitlines()[0] for t in texts if "Example: " in t]
    assert len(examples) >= 14, examples
    # card ids quoted in the options' help ("A card id (losses.smooth-l1-formula)") exist too
    helps = " ".join(p.help or "" for cmd in group.commands.values() for p in cmd.params)
    quoted = re.findall(r"\(([a-z0-9-]+\.[a-z0-9-]+)\)", helps)
    assert quoted and all(i in b.cards for i in quoted), quoted
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path))
    for ex in examples:
        words = shlex.split(ex.split("  ")[0].split(">")[0])[1:]  # drop "  what it does", "> file"
        cmd, args = words[0], [w for w in words[1:] if not w.startswith("-")]
        if cmd in ("quiz", "practice", "reset") and args:
            assert args[0] in b.names() or args[0] in b.problems, ex
        if cmd == "show":
            assert args[0] in b.cards or args[0] in b.problems or args[0] in b.topics, ex
        if cmd == "grade" and "--problem" in words:
            assert words[words.index("--problem") + 1] in b.problems, ex
        if cmd in ("list", "show", "stats", "history", "export"):
            r = subprocess.run([sys.executable, "-m", "cvdrill", *words], capture_output=True, text=True,
                               timeout=120, env=env, cwd=tmp_path)
            assert r.returncode == 0, (ex, r.stderr)


def test_version():
    from cvdrill import __version__

    r = cli("--version")
    assert r.returncode == 0 and r.stdout.strip() == f"cvdrill {__version__}"


def test_bad_paths_are_messages_not_tracebacks(tmp_path):
    import os

    afile = tmp_path / "afile"
    afile.write_text("x")
    r = cli("stats", env=dict(os.environ, CVDRILL_HOME=str(afile)))
    assert r.returncode == 2 and "is a file, not a folder" in r.stderr and "Traceback" not in r.stderr
    env = dict(os.environ, CVDRILL_HOME=str(tmp_path / "home"))
    r = cli("export", str(tmp_path / "missing" / "x.json"), env=env)
    assert r.returncode == 2 and "cannot write" in r.stderr and "Traceback" not in r.stderr
    r = cli("export", str(tmp_path), env=env)
    assert r.returncode == 2 and "is a folder" in r.stderr


def _zh_texts(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if k == "zh" and isinstance(v, str):
                yield v
            else:
                yield from _zh_texts(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _zh_texts(v)


def test_zh_terms_precision_and_jump(b):
    """精确率 (查准率) is precision; 精度 alone reads as accuracy, so where precision is
    meant it is wrong (平均精度 for AP and 定位精度 are the usual terms). The receptive
    field's jump is 累积步长, not 跳距."""
    metric_items = [c for t in ("map", "classification-metrics") for c in b.topics[t]["cards"]]
    metric_items += [b.problems[s] for s in ("voc_ap", "voc_eval", "coco_ap_101", "precision_recall_f1", "roc_auc")]
    for item in metric_items:
        for z in _zh_texts(item):
            bad = re.findall(r"(?<!平均)(?<!定位)精度", z)
            assert not bad, f"{item.get('id') or item.get('slug')}: 精度 where precision (精确率) is meant: {z[:80]}"
    for c in b.cards.values():
        assert not any("跳距" in z for z in _zh_texts(c)), c["id"]


def test_zh_statements_carry_no_needless_english_glosses(b):
    """A bracketed English gloss in a Chinese statement only for a technical term a reader
    meets in code or papers; not for plain words ("type and shape", "exactly", "mean")."""
    allowed = {"shortcut", "identity", "cross-correlation", "dilation", "depthwise", "pointwise", "int",
               "row-major", "channel-major", "dampening", "interleaved", "valid", "Python float"}
    for slug, p in b.problems.items():
        glosses = set(re.findall(r"（([A-Za-z][A-Za-z \-]*[a-z])）", p["statement"]["zh"]))
        assert glosses <= allowed, f"{slug}: {glosses - allowed}"


def test_validate_reports_every_error_at_once_each_at_its_line():
    """One run names every error of every file, at the line where it is, in words a bank
    author understands (one broken file used to need 7 runs)."""
    r = cli("validate", "--bank", str(FIXTURES / "broken_many"))
    assert r.returncode == 1 and "Traceback" not in r.stderr
    out = r.stderr
    expected = [
        r"broken\.yaml:7: cards\[0\]\.prompt\.en: unbalanced \$",
        r"broken\.yaml:8: cards\[0\]\.options: option keys must run a, b, c, \.\.\. without gaps",
        r"broken\.yaml:12: cards\[0\]\.explanation\.en: names option \(e\), but the options are a-c",
        r"broken\.yaml:19: cards\[1\]\.options\.a: read as the boolean true: .*quotes \(\"yes\"\)",
        r"broken\.yaml:20: cards\[1\]\.options\.b: read as the boolean false",
        r"broken\.yaml:24: cards\[2\]\.id: \"broken\.one\" is used twice \(first at line 4\)",
        r"broken\.yaml:30: cards\[2\]\.check: gives 4, but the answer is 5",
        r"broken\.yaml:33: cards\[3\]\.difficulty: missing",
        r"other\.yaml:7: YAML syntax",
        r"third\.yaml:\d+: cards\[1\]\.kind: a single card needs options",
    ]
    missing = [e for e in expected if not re.search(e, out)]
    assert not missing, (missing, out)
    # no noise: an answer is not blamed for options that are themselves wrong or missing,
    # a union type does not repeat one error per member
    assert "is not one of the options" not in out and ".str:" not in out and "valid dictionary" not in out
    # messages in file and line order
    lines = [(m.group(1), int(m.group(2))) for m in re.finditer(r"/(\w+)\.yaml:(\d+):", out)]
    assert lines == sorted(lines)



def test_every_topic_has_cards_at_every_level(b):
    """A few cards at each difficulty (1 easy, 2 medium, 3 hard) in every topic, so that a
    topic can be drilled from the basics up and the hard cards are not one lonely trap."""
    from collections import Counter

    for slug, t in b.topics.items():
        levels = Counter(c["difficulty"] for c in t["cards"])
        assert min(levels.get(d, 0) for d in (1, 2, 3)) >= 2, f"{slug}: {dict(levels)}"


def test_every_card_renders_clean_in_both_languages(b, monkeypatch):
    """Every text of every card, rendered for a colour terminal in en and zh: no LaTeX
    command left, no backtick (inline code is coloured instead), no stray _ or ^, and no
    fraction glued to what it multiplies ("1/2(P + Q)", "0.5log 0.5/0.9", "d/dxσ(x)")."""
    import io

    from rich.console import Console

    from cvdrill import render

    monkeypatch.setattr(render, "console", Console(file=io.StringIO(), force_terminal=True, color_system="standard",
                                                   width=80))
    bad = {
        "latex command": re.compile(r"\\[A-Za-z]+"),
        "backtick": re.compile(r"`"),
        "stray _ or ^": re.compile(r"(?:^|\s)[_^]+(?:\s|$)|(?:^|\s)\^"),  # kaiming_normal_ is a word
        "fraction glued to a bracket": re.compile(r"(?<![\w)])\d+/\d+\("),
        "number glued to log": re.compile(r"\d(?:log|ln|exp)\b"),
        "unbracketed log argument": re.compile(r"\b(?:log|ln)(?:[₀-₉]*) [^\s(]+/"),
        "d/dx glued": re.compile(r"(?<!\()d/d[a-z][^\s)=]"),
        "internal marker": re.compile("[\x01\x02]"),
    }
    found = []
    for c in b.cards.values():
        fields = [c["prompt"], c["explanation"], *(c.get("options") or {}).values()]
        if c["kind"] in ("short", "formula"):
            fields.append(c["answer"])
        for f in fields:
            for lang in ("en", "zh"):
                out = render.rich_text(show(f, lang)).plain
                found += [(c["id"], lang, name, out[max(0, m.start() - 20): m.end() + 20])
                          for name, rx in bad.items() for m in [rx.search(out)] if m]
    assert not found, "\n".join(map(str, found[:20]))


def test_the_cache_goes_where_cvdrill_cache_says(tmp_path, monkeypatch):
    """The validated bank is cached in <data folder>/cache, or in CVDRILL_CACHE: what the
    test suite shares between the data folders of its tests."""
    monkeypatch.setenv("CVDRILL_HOME", str(tmp_path / "home"))
    monkeypatch.setenv("CVDRILL_CACHE", str(tmp_path / "shared"))
    first = bank.load(only_topic="losses", problems=False)
    shared = sorted(p.name for p in (tmp_path / "shared").glob("*.json"))
    assert shared and not (tmp_path / "home" / "cache").exists()
    monkeypatch.delenv("CVDRILL_CACHE")
    again = bank.load(only_topic="losses", problems=False)
    assert sorted(p.name for p in (tmp_path / "home" / "cache").glob("*.json")) == shared
    assert again.topics["losses"]["cards"] == first.topics["losses"]["cards"]
