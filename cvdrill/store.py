"""The progress store: one SQLite file under the data folder (CVDRILL_HOME overrides).

Every answer is one row written in its own transaction, so a crash or kill -9 loses at
most the answer in flight. The schema version is SQLite's `user_version`; a database
from a newer cvdrill, or one that is not a database, is never overwritten: it raises
StoreError with a message saying what to do.
"""
from __future__ import annotations

import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Optional

from . import paths

SCHEMA_VERSION = 3

# Migrations: MIGRATIONS[v] takes a database at version v to v+1.
MIGRATIONS = {
    0: """
    CREATE TABLE reviews (
        id INTEGER PRIMARY KEY,
        item TEXT NOT NULL,          -- a card id, or "problem:<slug>"
        ts TEXT NOT NULL,            -- UTC, ISO 8601
        rating INTEGER NOT NULL,     -- 1 Again, 2 Hard, 3 Good, 4 Easy
        correct INTEGER,             -- 1/0 when cvdrill graded it, NULL when self-graded
        answer TEXT,
        seconds REAL,
        mode TEXT NOT NULL           -- quiz | practice | mock
    );
    CREATE INDEX reviews_item ON reviews(item);
    CREATE TABLE attempts (
        id INTEGER PRIMARY KEY,
        slug TEXT NOT NULL,
        ts TEXT NOT NULL,
        verdict TEXT NOT NULL,
        time_ratio REAL,
        hints INTEGER NOT NULL DEFAULT 0,
        seen_solution INTEGER NOT NULL DEFAULT 0,
        seconds REAL,
        mode TEXT NOT NULL
    );
    CREATE INDEX attempts_slug ON attempts(slug);
    """,
    1: """
    CREATE TABLE schedule (
        item TEXT PRIMARY KEY,       -- as reviews.item
        card TEXT NOT NULL,          -- the fsrs Card, as its to_dict() JSON
        due TEXT NOT NULL,
        fsrs_version TEXT NOT NULL
    );
    CREATE INDEX schedule_due ON schedule(due);
    CREATE TABLE mocks (
        id INTEGER PRIMARY KEY,
        ts TEXT NOT NULL,
        report TEXT NOT NULL         -- JSON
    );
    """,
    2: """
    CREATE TABLE postponed (
        item TEXT PRIMARY KEY,       -- as reviews.item: skipped, so not offered again before `until`
        until TEXT NOT NULL          -- UTC, ISO 8601
    );
    """,
}


class StoreError(Exception):
    pass


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def db_path() -> Path:
    return paths.home() / "progress.db"


class Store:
    def __init__(self, path: Optional[Path] = None):
        self.path = Path(path) if path else db_path()
        try:
            self.db = sqlite3.connect(self.path, timeout=10, isolation_level=None)
            self.db.row_factory = sqlite3.Row
            version = self.db.execute("PRAGMA user_version").fetchone()[0]
        except sqlite3.DatabaseError as e:
            raise StoreError(
                f"{self.path} is not a cvdrill progress database ({e}). It was left as it is: "
                f"move it away (or set CVDRILL_HOME to another folder) to start afresh."
            ) from None
        if version > SCHEMA_VERSION:
            self.db.close()
            raise StoreError(
                f"{self.path} was written by a newer cvdrill (schema {version}, this one knows {SCHEMA_VERSION}). "
                f"It was left as it is: upgrade cvdrill (pip install -U cvdrill) to use it."
            )
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self._migrate(version)
        except sqlite3.DatabaseError as e:
            raise StoreError(f"{self.path}: cannot use the progress database ({e}); it was left as it is.") from None

    def _migrate(self, version: int) -> None:
        while version < SCHEMA_VERSION:
            with self.tx():
                for stmt in _statements(MIGRATIONS[version]):
                    self.db.execute(stmt)
                self.db.execute(f"PRAGMA user_version={version + 1}")
            version += 1

    def tx(self):
        return _Tx(self.db)

    def close(self) -> None:
        self.db.close()

    # ---------------------------------------------------------------- writes

    def add_review(self, item: str, rating: int, correct: Optional[bool], answer: Any = None,
                   seconds: Optional[float] = None, mode: str = "quiz", ts: Optional[str] = None,
                   schedule: Optional[tuple[str, str, str]] = None) -> None:
        """One answer; with `schedule` (card JSON, due, fsrs version) the new schedule is
        written in the same transaction, so the two never disagree after a crash."""
        with self.tx():
            if schedule:
                self._schedule(item, *schedule)
            self.db.execute(
                "INSERT INTO reviews(item, ts, rating, correct, answer, seconds, mode) VALUES (?,?,?,?,?,?,?)",
                (item, ts or now(), int(rating), None if correct is None else int(bool(correct)),
                 None if answer is None else json.dumps(answer, ensure_ascii=False), seconds, mode),
            )
            if mode != "quiz":
                self.db.execute("DELETE FROM postponed WHERE item=?", (item,))

    def add_attempt(self, slug: str, verdict: str, time_ratio: Optional[float] = None, hints: int = 0,
                    seen_solution: bool = False, seconds: Optional[float] = None, mode: str = "practice",
                    ts: Optional[str] = None, rating: Optional[int] = None,
                    schedule: Optional[tuple[str, str, str]] = None, review_id: Optional[int] = None) -> Optional[int]:
        """One graded attempt at a problem, written the moment it is graded. In practice
        also the item's review (rating) and schedule, in the same transaction: the first
        graded save of a session inserts the review, later saves of the same session
        update it (`review_id`, as returned the first time), so an item is reviewed once
        a session however often it is saved. Returns the review's id (None without one)."""
        item = f"problem:{slug}"
        with self.tx():
            if rating is not None:
                row = (int(rating), int(verdict == "accepted"), json.dumps(verdict), seconds)
                if review_id is None:
                    review_id = self.db.execute(
                        "INSERT INTO reviews(item, ts, rating, correct, answer, seconds, mode) VALUES (?,?,?,?,?,?,?)",
                        (item, ts or now(), *row, mode)).lastrowid
                else:
                    self.db.execute("UPDATE reviews SET rating=?, correct=?, answer=?, seconds=? WHERE id=?",
                                    (*row, review_id))
                self.db.execute("DELETE FROM postponed WHERE item=?", (item,))
            if schedule:
                self._schedule(item, *schedule)
            self.db.execute(
                "INSERT INTO attempts(slug, ts, verdict, time_ratio, hints, seen_solution, seconds, mode) "
                "VALUES (?,?,?,?,?,?,?,?)",
                (slug, ts or now(), verdict, time_ratio, hints, int(seen_solution), seconds, mode),
            )
        return review_id

    def postpone(self, item: str, until: str) -> None:
        """A skipped item: not offered again before `until` (UTC ISO time); not a review."""
        with self.tx():
            self.db.execute("INSERT INTO postponed(item, until) VALUES (?,?) "
                            "ON CONFLICT(item) DO UPDATE SET until=excluded.until", (item, until))

    def postponed(self) -> dict[str, str]:
        return {r["item"]: r["until"] for r in self.db.execute("SELECT * FROM postponed")}

    def set_schedule(self, item: str, card_json: str, due: str, fsrs_version: str) -> None:
        with self.tx():
            self._schedule(item, card_json, due, fsrs_version)

    def _schedule(self, item: str, card_json: str, due: str, fsrs_version: str) -> None:
        self.db.execute(
            "INSERT INTO schedule(item, card, due, fsrs_version) VALUES (?,?,?,?) "
            "ON CONFLICT(item) DO UPDATE SET card=excluded.card, due=excluded.due, fsrs_version=excluded.fsrs_version",
            (item, card_json, due, fsrs_version),
        )

    def add_mock(self, report: dict) -> int:
        """A mock interview's report, stored when it starts and updated (`update_mock`)
        after every answer, so a mock that is killed keeps what was answered."""
        with self.tx():
            return self.db.execute("INSERT INTO mocks(ts, report) VALUES (?,?)",
                                   (now(), json.dumps(report, ensure_ascii=False))).lastrowid

    def update_mock(self, mock_id: int, report: dict) -> None:
        with self.tx():
            self.db.execute("UPDATE mocks SET report=? WHERE id=?", (json.dumps(report, ensure_ascii=False), mock_id))

    TABLES = ("reviews", "attempts", "schedule", "postponed", "mocks")

    def reset(self, items: Optional[Iterable[str]] = None, slugs: Optional[Iterable[str]] = None) -> dict[str, int]:
        """Forget progress: everything (items None), or the given items and problem slugs.
        Returns the rows deleted, per table."""
        n = dict.fromkeys(self.TABLES, 0)
        with self.tx():
            if items is None:
                for t in self.TABLES:
                    n[t] = self.db.execute(f"DELETE FROM {t}").rowcount
                return n
            for it in items:
                for t in ("reviews", "schedule", "postponed"):
                    n[t] += self.db.execute(f"DELETE FROM {t} WHERE item=?", (it,)).rowcount
            for s in slugs or []:
                n["attempts"] += self.db.execute("DELETE FROM attempts WHERE slug=?", (s,)).rowcount
        return n

    # ---------------------------------------------------------------- reads

    def reviews(self, item: Optional[str] = None) -> list[sqlite3.Row]:
        if item:
            return self.db.execute("SELECT * FROM reviews WHERE item=? ORDER BY id", (item,)).fetchall()
        return self.db.execute("SELECT * FROM reviews ORDER BY id").fetchall()

    def attempts(self, slug: Optional[str] = None) -> list[sqlite3.Row]:
        if slug:
            return self.db.execute("SELECT * FROM attempts WHERE slug=? ORDER BY id", (slug,)).fetchall()
        return self.db.execute("SELECT * FROM attempts ORDER BY id").fetchall()

    def schedule(self) -> dict[str, sqlite3.Row]:
        return {r["item"]: r for r in self.db.execute("SELECT * FROM schedule")}

    def mocks(self) -> list[sqlite3.Row]:
        return self.db.execute("SELECT * FROM mocks ORDER BY id").fetchall()

    # ---------------------------------------------------------------- export / import

    def export(self) -> dict:
        rows = lambda q: [dict(r) for r in self.db.execute(q)]  # noqa: E731
        return {"cvdrill_export": 1, "schema": SCHEMA_VERSION, "exported": now(),
                "reviews": rows("SELECT item, ts, rating, correct, answer, seconds, mode FROM reviews ORDER BY id"),
                "attempts": rows("SELECT slug, ts, verdict, time_ratio, hints, seen_solution, seconds, mode FROM attempts ORDER BY id"),
                "schedule": rows("SELECT item, card, due, fsrs_version FROM schedule"),
                "mocks": rows("SELECT ts, report FROM mocks ORDER BY id")}

    def import_(self, data: dict) -> dict:
        """Merge an export: rows already present (same item/slug and time) are skipped;
        a schedule entry is taken when it is due later (more recent) than ours."""
        if not isinstance(data, dict) or data.get("cvdrill_export") != 1:
            raise StoreError("not a cvdrill export (expected the JSON written by `cvdrill export`)")
        counts = {"reviews": 0, "attempts": 0, "schedule": 0, "mocks": 0}
        try:
            with self.tx():
                for r in data.get("reviews", []):
                    if not self.db.execute("SELECT 1 FROM reviews WHERE item=? AND ts=? AND mode=?",
                                           (r["item"], r["ts"], r["mode"])).fetchone():
                        self.db.execute("INSERT INTO reviews(item, ts, rating, correct, answer, seconds, mode) VALUES (?,?,?,?,?,?,?)",
                                        (r["item"], r["ts"], r["rating"], r["correct"], r["answer"], r["seconds"], r["mode"]))
                        counts["reviews"] += 1
                for a in data.get("attempts", []):
                    if not self.db.execute("SELECT 1 FROM attempts WHERE slug=? AND ts=?", (a["slug"], a["ts"])).fetchone():
                        self.db.execute("INSERT INTO attempts(slug, ts, verdict, time_ratio, hints, seen_solution, seconds, mode) VALUES (?,?,?,?,?,?,?,?)",
                                        (a["slug"], a["ts"], a["verdict"], a["time_ratio"], a["hints"], a["seen_solution"], a["seconds"], a["mode"]))
                        counts["attempts"] += 1
                mine = self.schedule()
                for s in data.get("schedule", []):
                    if s["item"] not in mine or s["due"] > mine[s["item"]]["due"]:
                        self.db.execute("INSERT INTO schedule(item, card, due, fsrs_version) VALUES (?,?,?,?) "
                                        "ON CONFLICT(item) DO UPDATE SET card=excluded.card, due=excluded.due, fsrs_version=excluded.fsrs_version",
                                        (s["item"], s["card"], s["due"], s["fsrs_version"]))
                        counts["schedule"] += 1
                for m in data.get("mocks", []):
                    if not self.db.execute("SELECT 1 FROM mocks WHERE ts=?", (m["ts"],)).fetchone():
                        self.db.execute("INSERT INTO mocks(ts, report) VALUES (?,?)", (m["ts"], m["report"]))
                        counts["mocks"] += 1
        except (KeyError, TypeError) as e:
            raise StoreError(f"the export is malformed ({type(e).__name__}: {e}); nothing was imported") from None
        return counts


class _Tx:
    def __init__(self, db):
        self.db = db

    def __enter__(self):
        self.db.execute("BEGIN IMMEDIATE")
        return self.db

    def __exit__(self, exc_type, exc, tb):
        self.db.execute("ROLLBACK" if exc_type else "COMMIT")
        return False


def _statements(script: str) -> list[str]:
    out, buf = [], []
    for line in script.splitlines():
        line = line.split("--", 1)[0]
        buf.append(line)
        if line.rstrip().endswith(";"):
            stmt = "\n".join(buf).strip()
            if stmt.strip(";").strip():
                out.append(stmt)
            buf = []
    return out
