"""`cvdrill quiz` driven in a real pseudo-terminal, as a person would."""
import sqlite3

import pexpect

from cvdrill import bank
from pty_helpers import answer_right, db_rows, interrupt, quiz_showing, right_answer, spawn

TOPIC = "gan"


def test_full_quiz_ends_with_score(tmp_path):
    cards = quiz_showing(bank.load(cache=False).select(TOPIC), 4, seed=3)
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
    assert "Stopped early" not in child.before  # only when the user stopped
    db = sqlite3.connect(tmp_path / "progress.db")
    rows = db.execute("SELECT item, rating, answer FROM reviews ORDER BY id").fetchall()
    assert [r[0] for r in rows] == [c["id"] for c in cards]
    assert all(r[1] == 3 for r in rows)
    bank_cards = bank.load(cache=False).cards
    for (item, _, stored), c in zip(rows, cards):  # stored in the bank's letters, not the shown ones
        if c["kind"] == "single":
            assert stored == f'"{bank_cards[item]["answer"]}"'


def test_options_are_shuffled_and_the_letters_follow(tmp_path):
    """The letter the bank stores for the answer is not what the user sees: typing the
    bank's letter where the shuffle moved it is wrong, and the answer is named by the
    letter shown."""
    pool = bank.load(cache=False).select(TOPIC)
    seed = next(s for s in range(500) if (c := quiz_showing(pool, 1, s)[0])["kind"] == "single"
                and c["shown"][c["answer"]] != c["answer"])
    (shown,) = quiz_showing(pool, 1, seed)
    child = spawn(["quiz", TOPIC, "--count", "1", "--seed", str(seed), "--lang", "en"], tmp_path)
    child.expect(r"Your answer \(")
    child.sendline(shown["shown"][shown["answer"]])  # the bank's letter
    child.expect("Wrong")
    child.expect(rf"The answer: {shown['answer']}\)")
    child.expect(pexpect.EOF)


def test_wrong_answer_is_explained_and_bad_input_reasked(tmp_path):
    pool = bank.load(cache=False).select(TOPIC)
    seed = next(s for s in range(100) if quiz_showing(pool, 30, s)[0]["kind"] == "single")
    first = quiz_showing(pool, 30, seed)[0]
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
    cards = quiz_showing(bank.load(cache=False).select(TOPIC), 5, seed=5)
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
    interrupt(child, "得分")
    child.expect("提前结束")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Traceback" not in (child.before or "")
    db = sqlite3.connect(tmp_path / "progress.db")
    assert [r[0] for r in db.execute("SELECT item FROM reviews")] == [first["id"]]


def test_wrong_multi_choice_marks_each_option(tmp_path):
    pool = bank.load(cache=False).select(None)
    seed = next(s for s in range(500) if quiz_showing(pool, 1, s)[0]["kind"] == "multi")
    (c,) = quiz_showing(pool, 1, seed)
    right = set(c["answer"])
    wrong = next(k for k in sorted(c["options"]) if k not in right)
    chosen = sorted(right)[:1] + [wrong]  # one right, one wrong; the other right ones missed
    child = spawn(["quiz", "--count", "1", "--seed", str(seed), "--lang", "en"], tmp_path)
    child.expect(r"Your answer \(")
    child.sendline(",".join(chosen))
    child.expect("Wrong")
    child.expect("Why:")
    marks = " ".join(child.before.split())  # an option may wrap onto its hanging indent
    assert f"✔ {chosen[0]})" in marks and "right, and you chose it" in marks
    assert f"✘ {wrong})" in marks and "wrong, but you chose it" in marks
    for k in sorted(right)[1:]:
        assert f"○ {k})" in marks
    if len(right) > 1:
        assert "right, but you missed it" in marks
    child.expect(pexpect.EOF)


def test_skip_is_counted_apart_and_not_stored(tmp_path):
    cards = quiz_showing(bank.load(cache=False).select(TOPIC), 2, seed=11)
    child = spawn(["quiz", TOPIC, "--count", "2", "--seed", "11", "--lang", "en"], tmp_path)
    child.expect("Question 1/2")
    child.expect([r"Your answer \(", "Press Enter to reveal"])
    child.sendline("s")
    child.expect(r"Skipped \(not counted\)")
    child.expect("Question 2/2")
    answer_right(child, cards[1], rated="4")
    child.expect("Score")
    child.expect(r"Total\W+1\W+1\W+1\W")  # right 1, answered 1, skipped 1
    child.expect("1 skipped")
    child.expect(pexpect.EOF)
    assert [r[0] for r in db_rows(tmp_path, "SELECT item FROM reviews")] == [cards[1]["id"]]



def test_a_terminal_line_is_never_read_in_a_blocking_call(monkeypatch):
    """A Ctrl-C that lands just before a blocking read() starts is held by CPython until that
    read returns, i.e. until the next key: seen once in a loaded run, the quiz then sat at its
    prompt with '^C' echoed. So on a terminal read_line waits in select() 0.5 s at a time and
    reads only what is there; the line still comes back whole."""
    import os
    import select
    import threading

    from cvdrill import ask

    master, slave = os.openpty()
    waits, reads = [], []
    real_select, real_read = select.select, os.read

    def watched_select(r, w, x, timeout=None):
        waits.append(timeout)
        return real_select(r, w, x, timeout)

    def watched_read(fd, n):
        ready = real_select([fd], [], [], 0)[0]
        reads.append(bool(ready))
        return real_read(fd, n)

    monkeypatch.setattr(ask.select, "select", watched_select)
    monkeypatch.setattr(ask.os, "read", watched_read)
    with os.fdopen(slave, "r", closefd=False) as tty:
        monkeypatch.setattr(ask.sys, "stdin", tty)
        threading.Timer(0.8, lambda: os.write(master, "b 中\n".encode())).start()
        assert ask.read_line("? ") == "b 中"
    os.close(master)
    os.close(slave)
    assert len(waits) >= 2 and all(t is not None and t <= 0.5 for t in waits), waits
    assert reads and all(reads)  # every read had its bytes waiting: none could block
