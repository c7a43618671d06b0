"""`cvdrill stats` and `history` as pictures: reviews due per day for 14 days, accuracy
over 30 days, topics seen against their size, only the problems tried (the rest counted),
mock scores as bars; the same in plain text when piped, within 80 columns."""
import json
import os
import subprocess
import sys

from rich.cells import cell_len

from cvdrill import bank as bankmod
from cvdrill import practice as pr
from cvdrill.store import Store


def cli(home, *args):
    env = dict(os.environ, CVDRILL_HOME=str(home), COLUMNS="80")
    return subprocess.run([sys.executable, "-m", "cvdrill", *args], capture_output=True, text=True, timeout=120, env=env)


def seeded(home):
    os.environ["CVDRILL_HOME"] = str(home)
    b = bankmod.load(cache=False)
    st = Store()
    sch = pr.Scheduler(st, b)
    cards = [c["id"] for c in b.topics["gan"]["cards"][:4]]
    for i, item in enumerate(cards):
        right = i < 3
        card = sch.review(item, 3 if right else 1)
        st.add_review(item, 3 if right else 1, right, "a", 2.0, mode="practice", schedule=sch.schedule_row(card))
    st.add_attempt("box_iou", "wrong_answer", None, mode="grade")
    return b, cards


def test_stats_draws_due_days_accuracy_and_tried_problems(tmp_path):
    b, cards = seeded(tmp_path)
    data = json.loads(cli(tmp_path, "stats", "--json").stdout)
    due = data["due_next_14_days"]
    assert len(due) == 14 and sum(d["due"] for d in due) == 4  # all four fall due within two weeks
    today = data["accuracy_last_30_days"][-1]
    assert (today["right"], today["answered"]) == (3, 4)
    r = cli(tmp_path, "stats", "--lang", "en")
    out = r.stdout
    assert r.returncode == 0 and max(cell_len(x) for x in out.splitlines()) <= 80
    assert "Reviews due, next 14 days" in out and "today" in out
    day_rows = [x for x in out.splitlines() if x[:5].count("-") == 1 and x[:2].isdigit()]
    assert len(day_rows) >= 14
    bars = {x.split()[0]: x.count("█") for x in day_rows[:14]}
    assert max(bars.values()) == 30 and sum(1 for v in bars.values() if v) == sum(1 for d in due if d["due"])
    assert "75% (3/4)" in out
    assert "Coding problems tried" in out and "box_iou" in out and "soft_nms" not in out
    assert f"{len(b.problems) - 1} coding problems not tried yet" in out
    assert "gan " in out and f"4/{len(b.topics['gan']['cards'])}" in out


def test_history_draws_scores(tmp_path):
    os.environ["CVDRILL_HOME"] = str(tmp_path)
    st = Store()
    for score in (40.0, 80.0):
        rep = {"status": "finished", "minutes": 30, "minutes_used": 25.0, "score": score,
               "concepts": {"asked": 4, "right": 2}, "coding": [{"slug": "nms", "verdict": "wrong_answer"}]}
        st.add_mock(rep)
    out = cli(tmp_path, "history", "--lang", "en").stdout
    assert "Mock interview scores" in out and "nms: wrong" in out and "wrong_answer" not in out
    rows = [x for x in out.splitlines() if "█" in x]
    assert [x.count("█") for x in rows] == [12, 25]  # 40 and 80 of the top score 80, over 25 cells


def test_retention_counts_a_self_graded_hard_as_recalled(tmp_path, monkeypatch):
    monkeypatch.setenv("CVDRILL_HOME", str(tmp_path))
    b = bankmod.load(cache=False)
    st = Store()
    items = [c["id"] for c in b.topics["lpips"]["cards"][:3]]
    for item, rating in zip(items, (1, 2, 3)):  # self-graded: Again, Hard, Good
        st.add_review(item, rating, None, None, 2.0, mode="quiz")
    (t,) = [t for t in pr.stats(st, b)["topics"] if t["topic"] == "lpips"]
    assert (t["reviews"], t["retention"]) == (3, round(2 / 3, 3))
