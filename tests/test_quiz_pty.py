"""`cvdrill quiz` driven in a real pseudo-terminal, as a person would."""
import os
import sqlite3
import sys

import pexpect
import pytest

from cvdrill import bank
from cvdrill import quiz as q

TOPIC = "gan"


def spawn(args, home):
    env = dict(os.environ, CVDRILL_HOME=str(home), COLUMNS="100", LINES="50", TERM="xterm")
    return pexpect.spawn(sys.executable, ["-m", "cvdrill", *args], env=env, encoding="utf-8", timeout=60,
                         dimensions=(50, 100))


def right_answer(card):
    k = card["kind"]
    if k == "single":
        return card["answer"]
    if k == "multi":
        return ",".join(card["answer"])
    if k == "numeric":
        return repr(card["answer"])
    if k == "bug":
        return ",".join(map(str, card["answer"]))
    return None


def test_full_quiz_ends_with_score(tmp_path):
    cards = q.pick(bank.load(cache=False).select(TOPIC), 4, seed=3)
    child = spawn(["quiz", TOPIC, "--count", "4", "--seed", "3", "--lang", "en"], tmp_path)
    for c in cards:
        child.expect(r"Question \d/4")
        ans = right_answer(c)
        if ans is None:
            child.expect("Press Enter to reveal")
            child.sendline("")
            child.expect("Model answer")
            child.expect("How well did you know it")
            child.sendline("3")
        else:
            child.expect(r"Your answer \(")
            child.sendline(ans)
            child.expect("Correct")
    child.expect("Score")
    child.expect("Total")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    db = sqlite3.connect(tmp_path / "progress.db")
    rows = db.execute("SELECT item, rating FROM reviews ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [c["id"] for c in cards]
    assert all(r[1] == 3 for r in rows)


def test_wrong_answer_is_explained_and_bad_input_reasked(tmp_path):
    pool = bank.load(cache=False).select(TOPIC)
    seed = next(s for s in range(100) if q.pick(pool, 30, seed=s)[0]["kind"] == "single")
    first = q.pick(pool, 30, seed=seed)[0]
    child = spawn(["quiz", TOPIC, "--count", "30", "--seed", str(seed), "--lang", "en"], tmp_path)
    child.expect("Question 1/")
    child.sendline("zzz")
    child.expect("type one of")  # says what is expected, then asks again
    child.sendline(next(k for k in sorted(first["options"]) if k != first["answer"]))
    child.expect("Wrong")
    child.expect("The answer")
    child.expect("Why:")
    child.expect("Source:")
    child.expect("Question 2/")
    child.sendline("q")
    child.expect("Score")
    child.expect(pexpect.EOF)


def test_ctrl_c_keeps_partial_score(tmp_path):
    cards = q.pick(bank.load(cache=False).select(TOPIC), 5, seed=5)
    child = spawn(["quiz", TOPIC, "--count", "5", "--seed", "5", "--lang", "zh"], tmp_path)
    first = cards[0]
    child.expect("第 1/5 题")
    ans = right_answer(first)
    if ans is None:
        child.sendline("")
        child.expect("1 忘了")
        child.sendline("4")
    else:
        child.sendline(ans)
        child.expect("正确")
    child.expect("第 2/5 题")
    child.sendintr()
    child.expect("得分")
    child.expect("提前结束")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")
    db = sqlite3.connect(tmp_path / "progress.db")
    assert [r[0] for r in db.execute("SELECT item FROM reviews")] == [first["id"]]
