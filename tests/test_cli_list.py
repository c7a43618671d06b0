"""`cvdrill list` and `show TOPIC` as a user meets them piped at 80 columns: every slug and
card id whole, the titles in one language, a topic's cards listed with their ids."""
import json
import os
import re
import subprocess
import sys

import pytest

from cvdrill import bank
from rich.cells import cell_len


@pytest.fixture(scope="module")
def b():
    return bank.load(cache=False)


def cli(*args):
    env = dict(os.environ, COLUMNS="80")
    return subprocess.run([sys.executable, "-m", "cvdrill", *args], capture_output=True, text=True, timeout=120, env=env)


def words(out: str) -> set:
    return set(re.findall(r"[\w.-]+", out))


def test_list_never_cuts_a_slug_at_80_columns(b):
    r = cli("list", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert max(cell_len(line) for line in r.stdout.splitlines()) <= 80
    seen = words(r.stdout)
    assert set(b.topics) <= seen and set(b.problems) <= seen, (set(b.topics) | set(b.problems)) - seen
    assert "AlexNet / AlexNet" not in r.stdout and "/ 激活函数" not in r.stdout  # one language
    assert "cvdrill list TOPIC" in r.stdout  # says how to see a topic's cards


def test_list_topic_shows_every_card_id_and_its_problems(b):
    r = cli("list", "nms", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert max(cell_len(line) for line in r.stdout.splitlines()) <= 80
    ids = {c["id"] for c in b.topics["nms"]["cards"]}
    assert ids <= words(r.stdout), ids - words(r.stdout)
    assert {"nms", "soft_nms", "batched_nms"} <= words(r.stdout)
    assert "single choice" in r.stdout and "★" in r.stdout
    zh = cli("list", "map", "--lang", "zh")
    assert zh.returncode == 0 and "卡片 id" in zh.stdout and "cards" not in zh.stdout
    assert {c["id"] for c in b.topics["map"]["cards"]} <= words(zh.stdout)
    assert max(cell_len(line) for line in zh.stdout.splitlines()) <= 80
    data = json.loads(cli("list", "nms", "--json").stdout)
    assert {c["id"] for c in data["cards"]} == ids and "nms" in data["problems"]


def test_show_topic_lists_its_cards(b):
    r = cli("show", "losses", "--lang", "en")
    assert r.returncode == 0, r.stderr
    assert {c["id"] for c in b.topics["losses"]["cards"]} <= words(r.stdout)


def test_unknown_topic_is_a_message():
    r = cli("list", "nmss")
    assert r.returncode == 2 and "no topic named 'nmss'" in r.stderr and "did you mean nms" in r.stderr
    assert "Traceback" not in r.stderr
