"""`cvdrill mock` as an interview: no help, no explanations until the report, a clock
enforced on each part, and a report that survives a kill."""
import json
import os
import random
import signal

import pexpect

from cvdrill import bank
from cvdrill import mock
from cvdrill import quiz as q
from pty_helpers import cli, right_answer, spawn


def showing(cards, problems, seed):
    """The cards of `mock --seed seed` as shown, and its problems."""
    picked, slugs = mock.choose(bank.load(cache=False), cards, problems, seed)
    rng = random.Random(seed)
    return [q.shuffle(c, rng) for c in picked], slugs


def test_a_45_minute_mock_gives_no_help_until_the_report(tmp_path):
    (card,), (slug,) = showing(1, 1, 4)
    child = spawn(["mock", "--minutes", "45", "--cards", "1", "--problems", "1", "--seed", "4", "--lang", "en"],
                  tmp_path, tmp_path / "ws")
    child.expect(r"1 concept question \(15 min\), then 1 coding problem")
    child.expect(r"1 of 2 · due today 0 · ⏱ 1[45]:\d\d · ")
    child.expect(r"Your answer \(")
    child.sendline(right_answer(card))
    child.expect("Answer recorded")
    child.expect(r"2 of 2 · due today 0 · ⏱ \d\d:\d\d · " + slug)
    before = child.before
    assert "Correct" not in before and "Why:" not in before and "Source:" not in before
    child.expect(r"q quit \(no hints or")
    child.send("h")
    child.expect("No hints or references in a mock interview")
    child.send("s")
    child.expect("No hints or references in a mock interview")
    child.send("n")
    child.expect("Mock interview report")
    child.expect(r"concepts\W+1/1 right")
    child.expect(rf"code: {slug}\W+not attempted")  # a word for people; --json keeps not_attempted
    child.expect(rf"1\. {card['id']}: right")
    child.expect("The answer")
    child.expect("Why:")  # the explanation, now
    child.expect(pexpect.EOF)
    (rep,) = json.loads(cli(["history", "--json"], tmp_path).stdout)
    assert rep["status"] == "finished" and rep["score"] == 50.0
    assert rep["parts"]["concepts"]["budget_min"] == 15.0 and rep["parts"]["coding"]["budget_min"] == 30.0
    assert rep["concepts"]["items"][0]["correct"] is True


def test_the_clock_ends_each_part_and_a_late_answer_does_not_count(tmp_path):
    # 0.12 min: the concepts part has 2.4 s, the whole 7.2 s; nothing is typed in time
    child = spawn(["mock", "--minutes", "0.12", "--cards", "2", "--problems", "1", "--seed", "2", "--lang", "en"],
                  tmp_path, tmp_path / "ws")
    child.expect(r"1 of 3 · ")
    child.expect(r"Your answer \(|Press Enter")
    child.expect("Time is up: this part's clock ran out, so this answer does not count", timeout=20)
    child.sendline("a")  # typed after the deadline: not taken as anything
    child.expect("Every save re-grades it")  # the coding part is reached
    child.expect("time is up", timeout=40)
    child.expect("Mock interview report", timeout=60)
    child.expect(pexpect.EOF)
    (rep,) = json.loads(cli(["history", "--json"], tmp_path).stdout)
    c = rep["concepts"]
    assert (c["asked"], c["answered"], c["late"], c["right"]) == (2, 0, 1, 0)
    assert rep["coding"][0]["verdict"] != "accepted" and rep["status"] == "finished"
    assert rep["parts"]["concepts"]["used_min"] <= 0.12
    assert rep["score"] == 0.0


def test_a_killed_mock_keeps_what_was_answered(tmp_path):
    (first, _), _ = showing(2, 0, 9)
    child = spawn(["mock", "--minutes", "45", "--cards", "2", "--problems", "0", "--seed", "9", "--lang", "en"], tmp_path)
    child.expect(r"Your answer \(")
    child.sendline(right_answer(first))
    child.expect("Answer recorded")
    child.expect("2 of 2")
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    (rep,) = json.loads(cli(["history", "--json"], tmp_path).stdout)
    assert rep["status"] == "interrupted"
    assert [i["id"] for i in rep["concepts"]["items"]] == [first["id"]] and rep["concepts"]["right"] == 1
    r = cli(["history"], tmp_path)
    assert "interrupted" in r.stdout


def test_score_rules():
    rep = {"concepts": {"asked": 4, "items": [
        {"correct": True, "skipped": False, "late": False}, {"correct": None, "skipped": True, "late": False},
        {"correct": True, "skipped": False, "late": True}, {"correct": False, "skipped": False, "late": False}]},
        "coding": [{"verdict": "accepted"}, {"verdict": "wrong_answer"}]}
    mock.score(rep)
    c = rep["concepts"]
    assert (c["answered"], c["right"], c["skipped"], c["late"]) == (2, 1, 1, 1)
    assert c["points"] == 12.5 and rep["score"] == 37.5
    assert mock.budgets(45, 8, 1) == (900.0, 2700.0) and mock.budgets(45, 8, 0) == (2700.0, 2700.0)
