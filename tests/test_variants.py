"""Known mistakes, named: each variant a problem lists is wrong against the reference on
some judged case (or it would be no mistake), and a submission written that way is told
which convention it follows, in the verdict and in --json (the corpus files that show it
carry `# variant: NAME`; tests/test_judge_problems.py grades them and checks the name)."""
from pathlib import Path

import pytest

from cvdrill.judge.run import _expected, case_rng, load_problem, load_reference, problem_slugs

CORPUS = Path(__file__).parent / "submissions"


@pytest.mark.parametrize("slug", [s for s in problem_slugs() if load_problem(s).variants])
def test_every_variant_is_wrong_somewhere(slug):
    p = load_problem(slug)
    ref = load_reference(slug, p.entry)
    cases = list(p.cases(case_rng(2026, slug)))
    expected = [_expected(p, ref, c, "cpu") for c in cases]  # once, not once per variant
    for v in p.variants:
        wrong = any(p.check(c, e, _expected(p, v.fn, c, "cpu")) for c, e in zip(cases, expected))
        assert wrong, f"{slug}: the variant {v.name!r} passes every case: it is no mistake"
        assert v.why["en"] and v.why["zh"]


def test_every_variant_is_recognised_in_the_corpus():
    from test_judge_problems import headers

    named = {}
    for f in CORPUS.glob("[!_]*/*.py"):
        variant = headers(f).get("variant")
        if variant:
            named.setdefault(f.parent.name, set()).add(variant)
    for slug in problem_slugs():
        names = {v.name for v in load_problem(slug).variants}
        assert named.get(slug, set()) <= names, f"{slug}: corpus names unknown variants {named[slug] - names}"
        missing = names - named.get(slug, set())
        assert not missing, f"{slug}: no corpus file (`# variant: NAME`) shows {sorted(missing)} recognised"
