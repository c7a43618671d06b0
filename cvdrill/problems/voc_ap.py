"""voc_ap: AP from a precision/recall curve, as voc_ap in py-faster-rcnn's voc_eval.py
(11-point VOC2007 metric, or the all-point area under the precision envelope)."""
import numpy as np

from ..judge.spec import Case, Problem, compare, shrink_rows

RTOL, ATOL = 1e-9, 1e-12  # only summation order may differ


def _curve(rng, n, npos, p_tp=0.5, decay=0.0):
    """rec, prec of n detections sorted by score: each a true positive with a probability
    that decays down the list, capped at npos true positives."""
    p = p_tp * np.exp(-decay * np.arange(n) / max(n, 1))
    tp = np.minimum(np.cumsum(rng.uniform(size=n) < p), npos).astype(np.float64)
    tp = np.maximum.accumulate(tp)
    return tp / float(npos), tp / np.arange(1, n + 1, dtype=np.float64)


def cases(rng):
    a = np.array
    e = np.zeros(0)
    yield Case("no detections, all points", (e, e.copy()))
    yield Case("no detections, 11-point", (e, e.copy()), {"use_07_metric": True})
    yield Case("one correct detection, all points", (a([1.0]), a([1.0])))
    yield Case("one correct detection, 11-point", (a([1.0]), a([1.0])), {"use_07_metric": True})
    yield Case("one false positive", (a([0.0]), a([0.0])), {"use_07_metric": False})
    # TP then FP with 2 objects: half the recall at precision 1.
    yield Case("recall stops at 0.5, all points", (a([0.5, 0.5]), a([1.0, 0.5])))
    yield Case("recall stops at 0.5, 11-point", (a([0.5, 0.5]), a([1.0, 0.5])), {"use_07_metric": True})
    # TP FP TP TP FP TP with 4 objects: precision zig-zags, the envelope lifts the dips.
    zr = a([0.25, 0.25, 0.5, 0.75, 0.75, 1.0])
    zp = a([1.0, 0.5, 2 / 3, 0.75, 0.6, 4 / 6])
    yield Case("precision zig-zag (repeated recall), all points", (zr, zp))
    yield Case("precision zig-zag (repeated recall), 11-point", (zr, zp), {"use_07_metric": True})
    yield Case("false positive first", (a([0.0, 1 / 3, 2 / 3]), a([0.0, 0.5, 2 / 3])))
    yield Case("recall never reaches 0.5, 11-point", (a([0.15, 0.35, 0.45]), a([1.0, 1.0, 0.75])), {"use_07_metric": True})
    # TP TP TP FP FP TP TP TP with 7 objects: recalls k/7 never sit on a threshold k/10, where
    # np.arange's floats (0.30000000000000004) and k / 10 (0.3) would disagree.
    kr = a([1, 2, 3, 3, 3, 4, 5, 6]) / 7.0
    kp = a([1, 2, 3, 3, 3, 4, 5, 6]) / np.arange(1.0, 9.0)
    yield Case("recalls of k/7, 11-point", (kr, kp), {"use_07_metric": True})
    yield Case("recalls of k/7, all points", (kr, kp))
    yield Case("use_07_metric by position", (a([0.2, 0.4, 0.4, 0.8]), a([1.0, 1.0, 0.5, 0.8]), True))
    # Object counts coprime with 10: a recall k/npos is then never exactly on a threshold k/10
    # other than 0 and 1, so the thresholds' last bit (see cases above) cannot decide a verdict.
    for n, npos, p, decay in ((10, 7, 0.6, 1.0), (40, 13, 0.5, 2.0), (100, 31, 0.7, 3.0), (300, 49, 0.3, 1.0),
                              (1000, 199, 0.4, 2.0), (23, 23, 1.0, 0.0), (60, 201, 0.5, 0.0), (2000, 101, 0.2, 4.0)):
        rec, prec = _curve(rng, n, npos, p, decay)
        for m in (False, True):
            yield Case(f"{n} detections, {npos} objects, {'11-point' if m else 'all points'}", (rec, prec),
                       {"use_07_metric": m}, random=True)
    # Not from detections: any non-decreasing recall with any precision in [0, 1].
    rec = np.sort(rng.choice(np.arange(20) / 19, 30))  # repeats; multiples of 1/19 miss every k/10 but 0, 1
    prec = rng.uniform(0, 1, 30)
    for m in (False, True):
        yield Case(f"synthetic curve, {'11-point' if m else 'all points'}", (rec, prec), {"use_07_metric": m}, random=True)


def check(case, expected, got):
    if isinstance(got, np.ndarray):
        return f"returned a numpy array of shape [{','.join(map(str, got.shape))}], expected a float"
    return compare(expected, got, RTOL, ATOL, what="AP")


PROBLEM = Problem(
    slug="voc_ap",
    kind="numpy",
    params=["rec", "prec", "use_07_metric"],
    cases=cases,
    check=check,
    forbidden=["pycocotools.*", "torchmetrics.*", "detectron2.evaluation.*", "mmdet.*", "mmengine.*",
               "chainercv.evaluations.*", "object_detection.utils.metrics.*", "mean_average_precision.*",
               "supervision.metrics.*", "ultralytics.utils.metrics.*"],
    shrink=shrink_rows(0, 1),
    terms=["0, 0.1, ..., 1.0", "np.arange(0.0, 1.1, 0.1)", "either", "rec >= t", "0 when", "11", "sentinel",
           "envelope", "from the right", "recall changes", "n may be 0", "0.0", "1e-9", "float"],
)
