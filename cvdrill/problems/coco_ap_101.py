"""coco_ap_101: COCO's 101-point interpolated AP of one class at one IoU threshold, from
already-matched detections, as pycocotools' COCOeval.accumulate() + summarize()."""
import numpy as np

from ..judge.spec import Case, Problem, compare, shrink_rows


def check(case, expected, got):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return compare(expected, got, what="result")  # says what came back instead of 2 values
    # the 101 precisions first: their first wrong index names the recall threshold at fault
    msg = compare(expected[1], got[1], rtol=1e-9, atol=1e-12, what="precision")
    if msg:
        if "differ; first at index [" in msg:
            i = int(msg.split("first at index [")[1].split("]")[0])
            msg += f" (index {i} is the recall threshold {float(np.linspace(0.0, 1.0, 101)[i])!r})"
        return msg
    return compare(expected[0], got[0], rtol=1e-9, atol=1e-12, what="ap")


def _b(vals):
    return np.array(vals, bool)


def _f(vals, dtype=np.float64):
    return np.array(vals, dtype)


def _random(rng, d, npos, hit_rate, dtype=np.float64, ties=False):
    """Matched detections: true positives score higher on average; at most npos of them."""
    tp = rng.uniform(size=d) < hit_rate
    tp[np.nonzero(tp)[0][npos:]] = False
    scores = np.where(tp, 0.6, 0.3) + rng.normal(0, 0.2, d)
    if ties:
        scores = np.round(scores, 1)  # many equal scores: the stable order decides
    return tp, scores.astype(dtype), int(npos)


def cases(rng):
    yield Case("npos = 0: the class is absent, -1", (_b([True, False]), _f([0.9, 0.8]), 0))
    yield Case("npos = 0, no detections", (_b([]), _f([]), 0))
    yield Case("no detections: precision 0 everywhere", (_b([]), _f([]), 3))
    yield Case("one true positive, npos = 1", (_b([True]), _f([0.5]), 1))
    yield Case("all true positives, full recall", (_b([True] * 4), _f([0.9, 0.7, 0.8, 0.6]), 4))
    yield Case("all false positives", (_b([False] * 3), _f([0.9, 0.7, 0.8]), 2))
    yield Case("recall stops at 0.5: thresholds above it get 0", (_b([True, False, True]), _f([0.9, 0.8, 0.7]), 4))
    yield Case("unsorted input, precision dips then rises (interpolated from the right)",
               (_b([False, True, True, False, True]), _f([0.3, 0.95, 0.5, 0.9, 0.6]), 5))
    # recall 1/4, 2/4, 3/4 hit the thresholds 0.25, 0.5, 0.75 exactly: side="left" takes that point
    yield Case("recall exactly on a threshold (searchsorted side='left')",
               (_b([True, False, True, False, True, True]), _f([0.9, 0.8, 0.7, 0.6, 0.5, 0.4]), 4))
    yield Case("equal scores keep input order (mergesort)",
               (_b([False, True, True, False]), _f([0.5, 0.5, 0.5, 0.2]), 3))
    # Random object counts are coprime with 10: a recall k/npos then sits on no threshold j/100
    # but 0 and 1, so the last bit of np.linspace's thresholds (0.35000000000000003 where
    # j / 100 gives 0.35) decides no verdict.
    yield Case("float32 scores", _random(rng, 30, 19, 0.6, np.float32))
    yield Case("npos given as numpy int64", _random(rng, 12, 9, 0.5)[:2] + (np.int64(9),))
    for d, npos, hit, ties in ((20, 11, 0.5, False), (100, 49, 0.6, True), (500, 401, 0.5, False),
                               (1000, 301, 0.2, True), (3000, 1999, 0.7, False), (257, 27, 0.1, True)):
        yield Case(f"random D={d}, npos={npos}{', tied scores' if ties else ''}",
                   _random(rng, d, npos, hit, ties=ties), random=True)


PROBLEM = Problem(
    slug="coco_ap_101",
    kind="numpy",
    params=["tp", "scores", "npos"],
    cases=cases,
    check=check,
    forbidden=["pycocotools.*", "faster_coco_eval.*", "torchmetrics.*", "detectron2.evaluation.*",
               "mmdet.evaluation.*", "mmeval.*", "sklearn.metrics.average_precision_score",
               "sklearn.metrics.precision_recall_curve", "supervision.metrics.*", "ultralytics.utils.metrics.*"],
    shrink=shrink_rows(0, 1),
    terms=["mergesort", "decreasing score", "np.spacing(1)", "rc[j] >= r", "np.linspace(0.0, 1.0, 101)", "either",
           "input order", "0 when", "float64", "[101]", "-1", "npos = 0", "no detections", "mean"],
)
