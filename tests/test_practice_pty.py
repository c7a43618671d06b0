"""`cvdrill practice`, `stats`, `mock`, `reset`, `export`/`import` driven as a person would."""
import json
import os
import random
import signal
import sqlite3
import time
from datetime import datetime, timedelta, timezone

import pexpect
import pytest

from cvdrill import bank
from cvdrill import quiz as q
from cvdrill.practice import PROBLEM
from pty_helpers import answer_right, cli, db_rows, header_item, interrupt, spawn

TOPIC = "lpips"  # a topic without coding problems: every item is a card
SEED = "7"


class Shower:
    """Replays cvdrill's shuffles for `--seed SEED`: the card as the user sees it."""

    def __init__(self, seed=SEED):
        self.rng = random.Random(int(seed))
        self.cards = bank.load(cache=False).cards

    def __call__(self, item):
        return q.shuffle(self.cards[item], self.rng)


def answer_any(child, card):
    """Answer one card (right where cvdrill grades it, Good where it asks)."""
    answer_right(child, card)
    if card["kind"] not in ("short", "formula"):
        child.expect("Correct")


def db_items(home):
    return [r[0] for r in db_rows(home, "SELECT item FROM reviews ORDER BY id")]


def test_whole_session_then_restart_keeps_progress(tmp_path):
    show = Shower()
    child = spawn(["practice", TOPIC, "--new", "3", "--lang", "en", "--seed", SEED], tmp_path)
    child.expect(r"3 items.*0 due, 3 new")
    for n in range(1, 4):
        answer_any(child, show(header_item(child, n, 3)))
    child.expect("Practice summary")
    child.expect(pexpect.EOF)
    assert "Stopped early" not in child.before
    done = db_items(tmp_path)
    assert len(done) == 3
    # a restart: the same three are scheduled (not new again), and today's new quota is spent
    child = spawn(["practice", TOPIC, "--new", "3", "--lang", "en"], tmp_path)
    child.expect("Nothing due and no new items left today")
    child.expect(pexpect.EOF)
    r = cli(["stats", "--json"], tmp_path)
    data = json.loads(r.stdout)
    gan = next(t for t in data["topics"] if t["topic"] == TOPIC)
    assert gan["seen"] == 3 and gan["retention"] == 1.0
    assert data["streak"] == 1


def test_sigkill_loses_nothing_answered(tmp_path):
    show = Shower()
    child = spawn(["practice", TOPIC, "--new", "5", "--lang", "en", "--seed", SEED], tmp_path)
    answered = []
    for n in range(1, 3):
        item = header_item(child, n, 5)
        answer_any(child, show(item))
        answered.append(item)
    child.expect("3 of 5")
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    assert db_items(tmp_path) == answered
    sched = sqlite3.connect(tmp_path / "progress.db").execute("SELECT item FROM schedule").fetchall()
    assert sorted(r[0] for r in sched) == sorted(answered)


def test_watch_mode_regrades_on_save(tmp_path):
    ws = tmp_path / "ws"
    child = spawn(["practice", "variance", "--lang", "en"], tmp_path, ws)
    child.expect("Every save re-grades it")
    stub = ws / "variance.py"
    assert "NotImplementedError" in stub.read_text()
    child.send("h")
    child.expect("hint 1/")
    time.sleep(0.3)
    stub.write_text(VARIANCE.replace("(1 if unbiased else 0)", "0"))  # unbiased ignored
    child.expect("wrong_answer")
    time.sleep(0.3)
    stub.write_text(VARIANCE)
    child.expect("Accepted")
    child.send("n")
    child.expect("Practice summary")
    child.expect(pexpect.EOF)
    # every graded save is an attempt; the item has one review, rated by the accepted save
    assert db_rows(tmp_path, "SELECT verdict, hints FROM attempts ORDER BY id") == [("wrong_answer", 1), ("accepted", 1)]
    assert db_rows(tmp_path, "SELECT rating FROM reviews WHERE item=?", PROBLEM + "variance") == [(2,)]  # Hard


def test_reference_shown_only_after_confirmation(tmp_path):
    ws = tmp_path / "ws"
    child = spawn(["practice", "box_iou", "--lang", "en"], tmp_path, ws)
    child.expect("Every save re-grades it")
    child.send("s")
    child.expect(r"\[y/N\]")
    child.send("n")
    child.send("s")
    child.expect(r"\[y/N\]")
    child.send("y")
    child.expect("def box_iou")
    child.send("q")
    child.expect(pexpect.EOF)
    db = sqlite3.connect(tmp_path / "progress.db")
    assert db.execute("SELECT seen_solution, verdict FROM attempts").fetchall() == [(1, "not_graded")]


def test_reset_asks_first_and_export_import_round_trip(tmp_path):
    home_a, home_b = tmp_path / "a", tmp_path / "b"
    show = Shower()
    child = spawn(["practice", TOPIC, "--new", "2", "--lang", "en", "--seed", SEED], home_a)
    for n in (1, 2):
        answer_any(child, show(header_item(child, n, 2)))
    child.expect(pexpect.EOF)
    out = tmp_path / "p.json"
    assert cli(["export", str(out)], home_a).returncode == 0
    r = cli(["import", str(out)], home_b)
    assert r.returncode == 0 and "2 reviews" in r.stdout
    assert cli(["import", str(out)], home_b).stdout.count(" 0 ") >= 1  # a second import adds nothing
    assert db_items(home_b) == db_items(home_a)
    # reset asks; "n" keeps everything
    child = spawn(["reset", TOPIC], home_b)
    child.expect(rf"Forget the progress of '{TOPIC}'")
    child.sendline("n")
    child.expect(pexpect.EOF)
    assert len(db_items(home_b)) == 2
    r = cli(["reset", TOPIC], home_b)  # no terminal: refuses without --yes
    assert r.returncode == 2 and "--yes" in r.stderr
    r = cli(["reset", TOPIC, "--yes"], home_b)
    # what was deleted, counted: 2 reviews and their 2 schedule rows
    assert r.returncode == 0 and "deleted 4 rows (reviews 2, schedule 2)" in r.stdout, r.stdout
    assert db_items(home_b) == []
    r = cli(["reset", TOPIC, "--yes"], home_b)
    assert "nothing to delete" in r.stdout
    bad = tmp_path / "bad.json"
    bad.write_text("{\"x\": 1}")
    r = cli(["import", str(bad)], home_b)
    assert r.returncode == 1 and "not a cvdrill export" in r.stderr


def test_newer_or_corrupt_database_is_never_overwritten(tmp_path):
    db = tmp_path / "progress.db"
    con = sqlite3.connect(db)
    con.execute("PRAGMA user_version=99")
    con.commit()
    con.close()
    before = db.read_bytes()
    r = cli(["stats"], tmp_path)
    assert r.returncode == 1 and "newer cvdrill" in r.stderr and "Traceback" not in r.stderr
    assert db.read_bytes() == before
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    r = cli(["quiz", TOPIC, "--count", "1"], tmp_path, input="q\n")
    assert r.returncode == 1 and "not a cvdrill progress database" in r.stderr
    assert db.read_bytes() == before


def test_fsrs_upgrade_replays_the_log(tmp_path):
    """A schedule written by another fsrs version is rebuilt from the review log."""
    from cvdrill.practice import Scheduler
    from cvdrill.store import Store

    st = Store(tmp_path / "p.db")
    b = bank.load(cache=False)
    sch = Scheduler(st, b)
    item = next(iter(b.cards))
    for rating in (3, 3, 2):
        card = sch.review(item, rating)
        st.add_review(item, rating, True, mode="practice", schedule=sch.schedule_row(card))
    good = st.schedule()[item]["card"]
    st.db.execute("UPDATE schedule SET fsrs_version='0.0.1', card='{}'")
    replayed = Scheduler(st, b).card(item)
    assert replayed is not None and st.schedule()[item]["fsrs_version"] == sch.version
    assert json.loads(st.schedule()[item]["card"])["stability"] == pytest.approx(json.loads(good)["stability"])


# ------------------------------------------------------------ a graded save is stored at once

# variance: an untimed numpy problem, so that a grade is quick (its judge never imports torch);
# what is tested is when a graded save is stored, not the judge
VARIANCE = ("import numpy as np\n\ndef variance(x, unbiased=False):\n    a = np.asarray(x, dtype=np.float64).ravel()\n"
            "    n = a.size - (1 if unbiased else 0)\n    return float(((a - a.mean()) ** 2).sum() / n) if n > 0 else float('nan')\n")
SLOW = VARIANCE + "\nimport time\n_fast = variance\ndef variance(x, unbiased=False):\n    time.sleep(30)\n    return _fast(x, unbiased)\n"


def accepted_save(tmp_path, **extra):
    ws = tmp_path / "ws"
    child = spawn(["practice", "variance", "--lang", "en"], tmp_path, ws, **extra)
    child.expect("Every save re-grades it")
    time.sleep(0.3)
    (ws / "variance.py").write_text(VARIANCE)
    child.expect("Accepted")
    return child, ws


def assert_solved(home):
    data = json.loads(cli(["stats", "--json"], home).stdout)
    p = next(p for p in data["problems"] if p["slug"] == "variance")
    assert p["attempts"] == 1 and p["solved"], p
    (rating,) = db_rows(home, "SELECT rating FROM reviews WHERE item=?", PROBLEM + "variance")[0]
    assert rating >= 3  # solved alone: Good or Easy
    assert db_rows(home, "SELECT item FROM schedule") == [(PROBLEM + "variance",)]


def test_ctrl_c_after_an_accepted_save_keeps_it(tmp_path):
    child, _ = accepted_save(tmp_path)
    interrupt(child, "Practice summary")
    child.expect("accepted")
    child.expect(pexpect.EOF)
    assert_solved(tmp_path)


def test_kill_9_after_an_accepted_save_keeps_it(tmp_path):
    child, _ = accepted_save(tmp_path)
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    assert_solved(tmp_path)


def test_ctrl_c_while_a_grade_runs_keeps_the_earlier_save(tmp_path):
    child, ws = accepted_save(tmp_path)
    time.sleep(0.3)
    (ws / "variance.py").write_text(SLOW)
    child.expect("grading variance.py")
    time.sleep(1.5)
    interrupt(child, "Practice summary", timeout=30)
    child.expect(pexpect.EOF)
    assert_solved(tmp_path)


def test_ctrl_c_works_when_started_with_sigint_ignored(tmp_path):
    """As under nohup or in a background job: the CLI restores Ctrl-C itself."""
    child = pexpect.spawn(os.environ.get("PYTHON", __import__("sys").executable), ["-m", "cvdrill", "quiz", TOPIC, "--lang", "en"],
                          env=dict(os.environ, CVDRILL_HOME=str(tmp_path), TERM="dumb"), encoding="utf-8", timeout=60,
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_IGN))
    child.expect("Question 1/")
    interrupt(child, "Stopped early")
    child.expect(pexpect.EOF)


# ------------------------------------------------------------ skips postpone

def test_skip_postpones_without_a_rating(tmp_path):
    show = Shower()
    child = spawn(["practice", TOPIC, "--new", "2", "--lang", "en", "--seed", SEED], tmp_path)
    first = header_item(child, 1, 2)
    show(first)
    child.expect([r"Your answer \(", "Press Enter to reveal"])
    child.sendline("s")
    child.expect("Skipped")
    second = header_item(child, 2, 2)
    answer_any(child, show(second))
    child.expect("Practice summary")
    child.expect("postponed to tomorrow")
    child.expect(pexpect.EOF)
    assert "Stopped early" not in child.before
    assert db_items(tmp_path) == [second]  # no review for the skip: not rated Again
    (until,) = db_rows(tmp_path, "SELECT until FROM postponed WHERE item=?", first)[0]
    assert datetime.fromisoformat(until) > datetime.now(timezone.utc) + timedelta(hours=20)
    # the same day again: the skipped card is not offered; one new item is left of the 2
    child = spawn(["practice", TOPIC, "--new", "2", "--lang", "en"], tmp_path)
    child.expect(r"1 item: 0 due, 1 new")
    assert header_item(child, 1, 1) not in (first, second)
    interrupt(child, pexpect.EOF)
    data = json.loads(cli(["stats", "--json"], tmp_path).stdout)
    t = next(t for t in data["topics"] if t["topic"] == TOPIC)
    assert t["retention"] == 1.0  # the skip is not a wrong answer anywhere


def test_ungraded_problem_left_with_n_is_postponed(tmp_path):
    child = spawn(["practice", "box_iou", "--lang", "en"], tmp_path, tmp_path / "ws")
    child.expect("Every save re-grades it")
    child.send("n")
    child.expect("Practice summary")
    child.expect("postponed to tomorrow")
    child.expect(pexpect.EOF)
    assert db_rows(tmp_path, "SELECT item FROM postponed") == [(PROBLEM + "box_iou",)]
    assert db_rows(tmp_path, "SELECT COUNT(*) FROM reviews") == [(0,)]
