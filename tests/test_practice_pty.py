"""`cvdrill practice`, `stats`, `mock`, `reset`, `export`/`import` driven as a person would."""
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pexpect
import pytest

from cvdrill import bank
from cvdrill.practice import PROBLEM

GOOD = (Path(__file__).parent / "submissions" / "box_iou").parent.parent / "test_judge_hostile.py"
TOPIC = "lpips"  # a topic without coding problems: every item is a card


def env_for(home, ws=None):
    env = dict(os.environ, CVDRILL_HOME=str(home), COLUMNS="120", TERM="dumb")  # dumb: no colour codes inside the lines matched
    env.pop("EDITOR", None)
    env.pop("VISUAL", None)
    if ws:
        env["CVDRILL_WORKSPACE"] = str(ws)
    return env


def spawn(args, home, ws=None, timeout=90):
    return pexpect.spawn(sys.executable, ["-m", "cvdrill", *args], env=env_for(home, ws), encoding="utf-8",
                         timeout=timeout, dimensions=(50, 120))


def cli(args, home, **kw):
    return subprocess.run([sys.executable, "-m", "cvdrill", *args], env=env_for(home), capture_output=True,
                          text=True, timeout=120, **kw)


def answer_any(child, card):
    """Answer one card (right where cvdrill grades it, Good where it asks)."""
    k = card["kind"]
    if k in ("short", "formula"):
        child.expect("Press Enter to reveal")
        child.sendline("")
        child.expect("How well did you know it")
        child.sendline("3")
        return
    child.expect(r"Your answer \(")
    ans = {"single": lambda: card["answer"], "multi": lambda: ",".join(card["answer"]),
           "numeric": lambda: repr(card["answer"]), "bug": lambda: ",".join(map(str, card["answer"]))}[k]()
    child.sendline(ans)
    child.expect("Correct")


def db_items(home):
    db = sqlite3.connect(Path(home) / "progress.db")
    return [r[0] for r in db.execute("SELECT item FROM reviews ORDER BY id")]


def test_whole_session_then_restart_keeps_progress(tmp_path):
    cards = bank.load(cache=False).cards
    child = spawn(["practice", TOPIC, "--new", "3", "--lang", "en"], tmp_path)
    child.expect(r"3 items.*0 due, 3 new")
    for n in range(1, 4):
        child.expect(rf"{n} of 3 · due today")
        item = child.readline().strip().split("·")[-1].strip()
        answer_any(child, cards[item])
    child.expect("Practice summary")
    child.expect(pexpect.EOF)
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
    cards = bank.load(cache=False).cards
    child = spawn(["practice", TOPIC, "--new", "5", "--lang", "en"], tmp_path)
    answered = []
    for n in range(1, 3):
        child.expect(rf"{n} of 5 · due today")
        item = child.readline().strip().split("·")[-1].strip()
        answer_any(child, cards[item])
        answered.append(item)
    child.expect("3 of 5")
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    assert db_items(tmp_path) == answered
    sched = sqlite3.connect(tmp_path / "progress.db").execute("SELECT item FROM schedule").fetchall()
    assert sorted(r[0] for r in sched) == sorted(answered)


def test_watch_mode_regrades_on_save(tmp_path):
    from test_judge_hostile import GOOD as good_src

    ws = tmp_path / "ws"
    child = spawn(["practice", "box_iou", "--lang", "en"], tmp_path, ws)
    child.expect("Every save re-grades it")
    stub = ws / "box_iou.py"
    assert "NotImplementedError" in stub.read_text()
    child.send("h")
    child.expect("hint 1/")
    time.sleep(0.3)
    stub.write_text("def box_iou(boxes1, boxes2):\n    return boxes1\n")
    child.expect("wrong_answer")
    time.sleep(0.3)
    stub.write_text(good_src)
    child.expect("Accepted")
    child.send("n")
    child.expect("Practice summary")
    child.expect(pexpect.EOF)
    db = sqlite3.connect(tmp_path / "progress.db")
    (verdict, hints), = db.execute("SELECT verdict, hints FROM attempts").fetchall()
    assert verdict == "accepted" and hints == 1
    assert db.execute("SELECT rating FROM reviews WHERE item=?", (PROBLEM + "box_iou",)).fetchone()[0] == 2  # Hard


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


def test_mock_interview_report_and_history(tmp_path):
    cards = bank.load(cache=False).cards
    ws = tmp_path / "ws"
    child = spawn(["mock", "--minutes", "0.5", "--cards", "2", "--problems", "1", "--seed", "4", "--lang", "en"], tmp_path, ws)
    for n in (1, 2):
        child.expect(rf"{n} of 3 · due today 0 · ⏱ 00:\d\d · ")
        item = child.readline().strip()
        answer_any(child, cards[item])
    child.expect("Every save re-grades it")
    child.expect("time is up", timeout=60)
    child.expect("Mock interview report")
    child.expect(r"total")
    child.expect(pexpect.EOF)
    r = cli(["history", "--json"], tmp_path)
    (rep,) = json.loads(r.stdout)
    assert rep["concepts"] == {"asked": 2, "answered": 2, "right": 2, "points": 50.0}
    assert rep["coding"][0]["verdict"] != "accepted" and rep["score"] == 50.0


def test_reset_asks_first_and_export_import_round_trip(tmp_path):
    home_a, home_b = tmp_path / "a", tmp_path / "b"
    cards = bank.load(cache=False).cards
    child = spawn(["practice", TOPIC, "--new", "2", "--lang", "en"], home_a)
    for n in (1, 2):
        child.expect(rf"{n} of 2 · due today")
        item = child.readline().strip().split("·")[-1].strip()
        answer_any(child, cards[item])
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
    assert cli(["reset", TOPIC, "--yes"], home_b).returncode == 0
    assert db_items(home_b) == []
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
