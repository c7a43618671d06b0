"""Known mistakes, named: each variant a problem lists is wrong against the reference on
some judged case (or it would be no mistake), and a submission written that way is told
which convention it follows, in the verdict and in --json."""
from pathlib import Path

import pytest

from cvdrill.judge.run import Judge, _expected, case_rng, load_problem, load_reference, problem_slugs

CORPUS = Path(__file__).parent / "submissions"
NAMED = {  # corpus file -> the variant its verdict must name
    "box_iou/plus_one_pixel": '"+1" pixel convention',
    "nms/plus_one_pixel": '"+1" pixel convention',
    "nms/mixed_plus_one": '"+1" on the areas only',
    "nms/greater_equal": "IoU >= threshold",
}


@pytest.mark.parametrize("slug", [s for s in problem_slugs() if load_problem(s).variants])
def test_every_variant_is_wrong_somewhere(slug):
    p = load_problem(slug)
    ref = load_reference(slug, p.entry)
    cases = list(p.cases(case_rng(2026, slug)))
    for v in p.variants:
        wrong = [c.name for c in cases if p.check(c, _expected(p, ref, c, "cpu"), _expected(p, v.fn, c, "cpu"))]
        assert wrong, f"{slug}: the variant {v.name!r} passes every case: it is no mistake"
        assert v.why["en"] and v.why["zh"]


def test_corpus_files_are_told_their_convention():
    with Judge() as judge:
        for name, words in NAMED.items():
            slug = name.split("/")[0]
            (r,) = judge.grade(CORPUS / f"{name}.py", problem=slug)
            assert r.verdict == "wrong_answer", (name, r.verdict)
            assert r.message.startswith("Your answer follows") and words in r.message, (name, r.message)
            assert words in r.failing_case["variant"]["name"]
        # a right answer written another way names nothing, and neither does an unrelated mistake
        (r,) = judge.grade(CORPUS / "nms" / "no_sort.py", problem="nms")
        assert r.verdict == "wrong_answer" and "variant" not in r.failing_case and "follows" not in r.message
