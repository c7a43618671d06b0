"""With --lang zh every screen a user meets is Chinese: labels, prompts, hints, tables and
summaries, the judge's messages and progress line, usage errors. Left in English: code (calls,
pasted inputs, tracebacks), slugs and ids, the names of judged cases (identifiers, found again
with --seed), the verdict words (the contract, with a Chinese gloss), and proper names."""
import json
import re

import pexpect
import pytest

from cvdrill import bank
from pty_helpers import cli, quiz_showing, spawn

# English UI words that must not show on a zh screen (as whole words, case-sensitive)
ENGLISH_UI = ["Question", "Your answer", "a number", "line number", "Again", "Hard", "Good", "Easy",
              "hint", "expected", "got", "seed", "problem", "verdict", "cases", "time ratio", "topic", "title",
              "cards", "attempts", "solved", "streak", "due", "skipped", "right", "wrong", "Press Enter",
              "Practice summary", "next review", "Mock interview", "grading", "Score", "Total", "Correct", "Wrong",
              "items", "new", "Reviews", "Accuracy", "not tried", "type", "Enter to reveal", "your output",
              "The failing call", "shrunk", "level", "kind", "question", "Coding problems", "Topics", "signature",
              "stub", "Model answer", "Why", "Source", "postponed", "Stopped"]
UI_RX = re.compile(r"\b(" + "|".join(re.escape(w) for w in ENGLISH_UI) + r")\b")


def _flat(t: str) -> str:
    """Text as shown, without panel borders and line wraps: a wrapped sentence matches."""
    return " ".join(re.sub(r"[│╭╮╰╯─┃┏┓┗┛━┡┩╇┳┻╋]", " ", t).split())


def english_ui(out: str, allowed=()) -> list[str]:
    out = _flat(out)
    for a in sorted((_flat(a) for a in allowed), key=len, reverse=True):
        if a:
            out = out.replace(a, " ")
    return sorted(set(UI_RX.findall(out)))


@pytest.fixture(scope="module")
def b():
    return bank.load(cache=False)


def test_tables_and_reports_in_zh(tmp_path, b):
    for args in (["list"], ["list", "nms"], ["show", "nms"], ["show", "losses"], ["stats"], ["history"]):
        r = cli([*args, "--lang", "zh"], tmp_path)
        assert r.returncode == 0, (args, r.stderr)
        # a problem statement and card prompts are the bank's zh text (which may name
        # things in English, e.g. "box_iou", "Soft-NMS"); the UI around them must not be English
        allowed = [b.problems["nms"]["statement"]["zh"], b.problems["nms"]["source"], b.problems["nms"]["stub"],
                   b.problems["nms"]["signature"]]
        assert not english_ui(r.stdout, allowed), (args, english_ui(r.stdout, allowed), r.stdout[:800])


def test_grade_report_in_zh(tmp_path):
    from test_judge_hostile import GOOD

    f = tmp_path / "touching.py"
    f.write_text(GOOD.replace("clamp(min=0)", "abs()"))
    r = cli(["grade", str(f), "--lang", "zh"], tmp_path)
    assert r.returncode == 1
    res = json.loads(cli(["grade", str(f), "--json"], tmp_path).stdout)["results"][0]
    msg = res["message"]
    assert "wrong_answer（答案错误）" in r.stdout and "应为" in r.stdout and "种子" in r.stdout
    paste = [line for line in r.stdout.splitlines() if line.startswith(("import ", "boxes", "box_iou("))]
    # the judge's message is Chinese too: only the call (code) and the case's name stay
    fc = res["failing_case"]
    assert "个值中有" in r.stdout and "容差" in r.stdout and "values differ" not in r.stdout
    assert not english_ui(r.stdout, [str(f), *paste, fc["call"], fc["name"]]), r.stdout
    del msg


def test_usage_errors_and_progress_in_zh(tmp_path):
    from cvdrill.judge.run import Judge
    from cvdrill.judge.zh import progress_zh

    for args, words in ((["grade", str(tmp_path / "none.py")], "没有这个文件"), (["grade", str(tmp_path)], "是一个文件夹"),
                        (["show", "nmss"], "你是想找"), (["grade", __file__, "-p", "nope"], "没有名为 'nope' 的题目"),
                        # click's own: a value out of range, an option that does not exist
                        (["grade", __file__, "--seed", "-5"], "的值无效：-5 不在范围"), (["list", "--bogus"], "没有这个选项")):
        r = cli([*args, "--lang", "zh"], tmp_path)
        assert r.returncode == 2 and "错误：" in r.stderr and words in r.stderr, r.stderr
        assert not re.search(r"\b(no such|is a folder|did you mean|error|Error|Invalid|Try|Usage)\b", r.stderr), r.stderr
    # every progress line a grade shows, and the timing lines as run.py writes them
    lines = []
    f = tmp_path / "area.py"
    f.write_text("def box_area(boxes):\n    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])\n")
    with Judge() as j:
        j.grade(f, problem="box_area", progress=lines.append)
    lines += ["starting the judge (importing torch)", "nms: starting", "nms: making the failing case smaller",
              "nms: timing the reference at N=1000, 2000, 4000 (cpu)", "nms: timing N=4000 (reference 36.2 ms) on cpu · 3.1 s",
              "nms: timing the reference and yours again at N=4000"]
    assert lines[:2] == ["box_area: the reference's answers", "box_area: case 0/16 · 0.0 s"], lines
    for line in lines:
        zh = progress_zh(line)
        assert not re.search(r"[a-z]{3,} [a-z]{3,}", zh.replace("box_area", "")), (line, zh)


def test_quiz_prompts_and_messages_in_zh(tmp_path, b):
    pool = [c for c in b.select("psnr")]
    seed = next(s for s in range(300) if {c["kind"] for c in quiz_showing(pool, 3, s)} >= {"numeric"})
    cards = quiz_showing(pool, 3, seed)
    child = spawn(["quiz", "psnr", "--count", "3", "--seed", str(seed), "--lang", "zh"], tmp_path)
    seen = ""
    for c in cards:
        if c["kind"] in ("short", "formula"):
            child.expect("按回车查看参考答案")
            seen += child.before
            child.sendline("")
            child.expect("你掌握得如何")
            child.sendline("x")  # not a rating: the message says what to type, in Chinese
            child.expect("请输入 1 忘了、2 困难、3 良好 或 4 简单")
            child.sendline("3")
        else:
            child.expect("你的答案")
            seen += child.before
            child.sendline("zzz")  # unreadable: told in Chinese what to type
            child.expect("请输入")
            child.sendline("s")
            child.expect("已跳过")
    child.expect(pexpect.EOF)
    seen += child.before
    texts = [t for c in cards for t in _zh_texts(c)]
    bad = english_ui(seen, texts)
    assert not bad, (bad, seen[-1500:])


def _zh_texts(c):
    from cvdrill.text import show

    out = [show(c["prompt"], "zh"), show(c["explanation"], "zh"), c["id"], c.get("code") or ""]
    out += [show(v, "zh") for v in (c.get("options") or {}).values()]
    if c["kind"] in ("short", "formula"):
        out.append(show(c["answer"], "zh"))
    return [t for t in out if t]


def test_practice_session_in_zh(tmp_path):
    child = spawn(["practice", "gan", "--new", "2", "--lang", "zh", "--seed", "4"], tmp_path, tmp_path / "ws")
    child.expect("共 2 项")
    seen = child.before
    for _ in range(2):
        i = child.expect(["你的答案", "按回车查看参考答案", "每次保存都会重新评测"])
        seen += child.before
        if i == 2:  # a coding problem: n leaves it (postponed)
            child.expect("q 退出")
            child.send("n")
            if child.expect(["编程|练习小结|你的答案|按回车", pexpect.TIMEOUT], timeout=5) == 1:
                child.send("n")  # sent before the key reader was listening
            continue
        child.sendline("s")
        child.expect("已跳过")
    child.expect("练习小结")
    child.expect(pexpect.EOF)
    seen += child.before
    assert "跳过" in seen and "推迟到明天" in seen
    b = bank.load(cache=False)
    texts = [t for c in b.select("gan") for t in _zh_texts(c)]
    assert not english_ui(seen, texts), english_ui(seen, texts)


def test_mock_interview_in_zh(tmp_path, b):
    from pty_helpers import right_answer
    from test_mock_pty import showing

    (card,), (slug,) = showing(1, 1, 4)
    child = spawn(["mock", "--minutes", "45", "--cards", "1", "--problems", "1", "--seed", "4", "--lang", "zh"],
                  tmp_path, tmp_path / "ws")
    child.expect("你的答案")
    seen = child.before
    child.sendline(right_answer(card))
    child.expect(r"退出（面试中没有提示和参考答案）")
    seen += child.before
    child.send("h")
    child.expect("模拟面试中没有提示和参考答案")
    seen += child.before
    child.send("n")
    child.expect("模拟面试报告")
    child.expect(pexpect.EOF)
    seen += child.before
    p = b.problems[slug]
    allowed = _zh_texts(card) + [slug, str(tmp_path), p["statement"]["zh"], p["signature"], p["stub"], p.get("source", "")]
    assert not english_ui(seen, allowed), (english_ui(seen, allowed), seen[-1500:])
