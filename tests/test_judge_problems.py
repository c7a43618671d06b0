"""Every problem: its reference is accepted, its stub is not, its corpus of classic
mistakes gets the verdict each file names in its first line (`# expect: VERDICT`)."""
import re
import shutil
from pathlib import Path

import pytest

from cvdrill import bank, paths
from cvdrill.judge.run import VERDICTS, Judge, load_problem, problem_slugs

SLUGS = problem_slugs()
CORPUS = sorted((Path(__file__).parent / "submissions").glob("*/*.py"))


def by_problem(items, slug_of, ids=None):
    """Parameters grouped by problem: under pytest-xdist (--dist loadgroup) one worker takes a
    problem's reference, stub and corpus, so its judge computes the expected answers and
    times the reference once for all of them."""
    return [pytest.param(x, id=ids(x) if ids else None, marks=pytest.mark.xdist_group(slug_of(x)))
            for x in items]


PROBLEMS = by_problem(SLUGS, lambda s: s, ids=lambda s: s)
SUBMISSIONS = by_problem(CORPUS, lambda p: p.parent.name, ids=lambda p: f"{p.parent.name}/{p.stem}")


@pytest.fixture(scope="module")
def texts():
    return bank.load(cache=False).problems


@pytest.fixture(scope="module")
def judge():
    """One worker pool for the module, as practice's watch mode uses it: on a machine with
    a GPU each pool is a fresh interpreter, too slow to start once per test."""
    with Judge() as j:
        yield j


def test_problem_files_match():
    refs = {p.stem for p in paths.solutions_dir().glob("*.py") if not p.stem.startswith("_")}
    texts = {p.stem for p in (paths.builtin_bank() / "problems").glob("*.yaml")}
    assert set(SLUGS) == refs == texts
    entries = [load_problem(s).entry for s in SLUGS]
    assert len(set(entries)) == len(entries), "two problems share an entry point"


@pytest.mark.parametrize("slug", SLUGS)
def test_statement_names_conventions(slug, texts):
    p = load_problem(slug)
    en = " ".join(texts[slug]["statement"]["en"].lower().split())  # a term may wrap across lines
    assert p.terms, f"{slug}: list the conventions the judge enforces in PROBLEM.terms"
    missing = [t for t in p.terms if " ".join(t.lower().split()) not in en]
    assert not missing, f"{slug}: the statement does not state {missing}"
    for word in ("forbidden",) if p.forbidden else ():
        assert word in en, f"{slug}: the statement does not say what is forbidden"


@pytest.mark.parametrize("slug", PROBLEMS)
def test_reference_accepted(slug, tmp_path, judge):
    f = tmp_path / "reference.py"
    shutil.copy(paths.solutions_dir() / f"{slug}.py", f)
    (r,) = judge.grade(f, problem=slug)
    assert r.verdict == "accepted", r.message
    assert r.passed == r.total > 0


@pytest.mark.parametrize("slug", PROBLEMS)
def test_stub_rejected(slug, tmp_path, texts, judge):
    f = tmp_path / "stub.py"
    f.write_text(texts[slug]["stub"])
    (r,) = judge.grade(f, problem=slug)
    assert r.verdict != "accepted"


@pytest.mark.parametrize("sub", SUBMISSIONS)
def test_corpus(sub, judge):
    head = sub.read_text().splitlines()[:5]
    expect = next(re.match(r"# expect: (\w+)", line).group(1) for line in head if line.startswith("# expect:"))
    assert expect in VERDICTS
    pattern = next((line.split(":", 1)[1].strip() for line in head if line.startswith("# message:")), None)
    # `# variant: NAME`: the known mistake the verdict must name first; without it, none
    variant = next((line.split(":", 1)[1].strip() for line in head if line.startswith("# variant:")), None)
    (r,) = judge.grade(sub, problem=sub.parent.name)
    assert r.verdict == expect, f"{r.verdict}: {r.message}"
    if pattern:
        assert re.search(pattern, r.message), r.message
    named = (r.failing_case or {}).get("variant")
    if variant:
        assert named and named["name"] == variant, (named, r.message)
        assert r.message.startswith(f"Your answer follows {variant}: "), r.message
    else:
        assert named is None and "follows" not in r.message, f"names {named}: add `# variant:` if right"


def test_calls_and_inputs_are_shown_as_python_reads_them():
    import numpy as np

    from cvdrill.judge.run import _show
    from cvdrill.judge.spec import Case, call_repr

    p = load_problem("box_iou")
    assert call_repr(p, Case("c", (np.zeros((2, 4)), np.zeros((3, 4))))) == "box_iou(boxes1[2,4], boxes2[3,4])"
    p.params = ["x", "normalized_shape"]  # a list argument is a value, not a shape
    try:
        assert call_repr(p, Case("c", (np.zeros((2, 5)), [4, 5]))) == "box_iou(x[2,5], normalized_shape=[4, 5])"
    finally:
        p.params = ["boxes1", "boxes2"]
    assert (_show((5,)), _show((4, 5)), _show([4, 5])) == ("(5,)", "(4, 5)", "[4, 5]")


@pytest.mark.parametrize("slug", SLUGS)
def test_keyword_arguments_are_announced(slug, texts):
    """The judge calls a function positionally, except where the statement says a
    parameter is passed by keyword: a case with keyword arguments needs that sentence."""
    import numpy as np

    from cvdrill.judge.run import case_rng

    p = load_problem(slug)
    named = {k for c in p.cases(case_rng(2026, slug)) for k in c.kwargs}
    if named:
        en = " ".join(texts[slug]["statement"]["en"].split())
        assert "keyword" in en or all(f"{k}=" in en for k in named), f"{slug}: cases pass {sorted(named)} by keyword"
    del np
