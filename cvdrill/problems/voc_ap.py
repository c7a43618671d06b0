"""voc_ap: AP from a precision/recall curve, as voc_ap in py-faster-rcnn's voc_eval.py
(11-point VOC2007 metric, or the all-point area under the precision envelope)."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows

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


def voc_ap_with(rec, prec, use_07_metric=False, envelope=True, sentinels=True, max_beyond=True, all_points=False):
    """AP under another convention: the all-point area without the envelope or without the
    sentinels, the 11-point metric with the precision AT the first recall >= t (no max),
    or the all-point area whatever use_07_metric says."""
    rec = np.asarray(rec, np.float64)
    prec = np.asarray(prec, np.float64)
    if use_07_metric and not all_points:
        ap = 0.0
        for t in np.arange(0.0, 1.1, 0.1):
            above = np.flatnonzero(rec >= t)
            if above.size:
                ap += float(np.max(prec[above]) if max_beyond else prec[above[0]]) / 11.0
        return ap
    mrec = np.concatenate(([0.0], rec, [1.0])) if sentinels else rec
    mpre = np.concatenate(([0.0], prec, [0.0])) if sentinels else prec
    if envelope:
        mpre = np.maximum.accumulate(mpre[::-1])[::-1]
    i = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))


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
    variants=[
        Variant("the raw precision (no envelope)", partial(voc_ap_with, envelope=False),
                "the all-point sum takes the raw precision at each recall step, so its dips stay in; make the "
                "precision an envelope first, each value the maximum of itself and every value to its right "
                "(`np.maximum.accumulate(mpre[::-1])[::-1]`), then sum (delta recall) * precision",
                "全点法求和时用的是每个召回率台阶上的原始精确率，精确率的凹陷没有被填平；应先把精确率变成包络："
                "每个值取它自己与右侧所有值中的最大值（`np.maximum.accumulate(mpre[::-1])[::-1]`），"
                "再对 (召回率增量) * 精确率 求和",
                name_zh="原始精确率（没有包络）"),
        Variant("the area without sentinels", partial(voc_ap_with, sentinels=False),
                "without the sentinel at recall 0 the first stretch, from recall 0 to rec[0], adds nothing; "
                "prepend recall 0 and append recall 1, both with precision 0, before taking the envelope",
                "没有召回率 0 处的哨兵，从召回率 0 到 rec[0] 的第一段就没有算进面积；应在求包络之前，"
                "在开头加上召回率 0、在末尾加上召回率 1，两者的精确率都为 0",
                name_zh="没有哨兵的面积"),
        Variant("the precision at the first recall >= t", partial(voc_ap_with, max_beyond=False),
                "the 11-point metric takes the precision at the first point with recall >= t; VOC2007 "
                "interpolates: the largest precision over every point with recall >= t, `max(prec[rec >= t])`",
                "11 点法取的是第一个召回率 >= t 的点上的精确率；VOC2007 要做插值：取所有召回率 >= t 的点中"
                "最大的精确率，即 `max(prec[rec >= t])`",
                name_zh="取第一个召回率 >= t 处的精确率"),
        Variant("the all-point metric for use_07_metric=True", partial(voc_ap_with, all_points=True),
                "use_07_metric is ignored and the all-point area (VOC2010 and later) comes back every time; with "
                "use_07_metric=True return the VOC2007 11-point metric: the mean over t = 0, 0.1, ..., 1.0 of "
                "`max(prec[rec >= t])` (0 when no recall reaches t)",
                "忽略了 use_07_metric，总是返回全点法（VOC2010 及以后）的面积；use_07_metric=True 时应返回 VOC2007 的 "
                "11 点指标：对 t = 0, 0.1, ..., 1.0 取 `max(prec[rec >= t])` 的平均（没有召回率达到 t 时取 0）",
                name_zh="use_07_metric=True 时仍用全点法"),
    ],
)
