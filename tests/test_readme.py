"""The README a new user reads first: the two set-up commands, how to get a CPU-only torch,
and counts that match the bank."""
import re
from pathlib import Path

from cvdrill import bank

README = (Path(__file__).resolve().parents[1] / "README.md").read_text()


def test_two_setup_commands_come_first():
    blocks = re.findall(r"```bash\n(.*?)```", README, re.S)
    assert blocks[0].strip() == "pip install . && cvdrill quiz losses"
    assert blocks[1].strip() == 'pip install ".[test]" && python -m pytest -q'


def test_cpu_only_torch_is_explained_next_to_them():
    head = README[:README.index("\n## ")] if "\n## " in README else README
    assert "pip install torch --index-url https://download.pytorch.org/whl/cpu" in head
    assert "CPU" in head


def test_counts_match_the_bank():
    b = bank.load(cache=False)
    m = re.search(r"holds (\d+) concept cards in (\d+) topics and (\d+) judged coding problems", README)
    assert m, "the README says how many cards, topics and problems the bank holds"
    assert tuple(map(int, m.groups())) == (len(b.cards), len(b.topics), len(b.problems))
