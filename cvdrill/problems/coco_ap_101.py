"""coco_ap_101: COCO's 101-point interpolated AP of one class at one IoU threshold, from
already-matched detections, as pycocotools' COCOeval.accumulate() + summarize()."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows


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


def coco_ap_with(tp, scores, npos, envelope=True, reverse_ties=False, absent=-1.0, all_point=False):
    """COCO AP under another convention: no envelope, equal scores in reverse input order
    (an ascending sort reversed), `absent` for a class with npos = 0, or ap as the VOC
    all-point area (the 101 precisions unchanged)."""
    thrs = np.linspace(0.0, 1.0, 101)
    if npos == 0:
        return float(absent), np.full(101, float(absent))
    s = np.asarray(scores)
    order = np.argsort(s, kind="stable")[::-1] if reverse_ties else np.argsort(-s, kind="stable")
    tps = np.asarray(tp, bool)[order]
    tp_sum = np.cumsum(tps).astype(np.float64)
    fp_sum = np.cumsum(~tps).astype(np.float64)
    rc = tp_sum / npos
    pr = tp_sum / (fp_sum + tp_sum + np.spacing(1))
    env = np.maximum.accumulate(pr[::-1])[::-1]
    inds = np.searchsorted(rc, thrs, side="left")
    q = np.zeros(101)
    found = inds < len(pr)
    q[found] = (env if envelope else pr)[inds[found]]
    if not all_point:
        return float(np.mean(q)), q
    mrec = np.concatenate(([0.0], rc, [1.0]))
    mpre = np.maximum.accumulate(np.concatenate(([0.0], pr, [0.0]))[::-1])[::-1]
    i = np.flatnonzero(mrec[1:] != mrec[:-1])
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1])), q


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
    variants=[
        Variant("the raw precision (no envelope)", partial(coco_ap_with, envelope=False),
                "each threshold takes the raw precision at the first rank that reaches it; COCO interpolates: "
                "the largest precision at that rank or any later one, so make pr non-increasing from the right "
                "first (`np.maximum.accumulate(pr[::-1])[::-1]`)",
                "每个阈值取的是第一个达到它的名次上的原始精确率；COCO 要做插值：取该名次及其后所有名次中最大的精确率，"
                "所以要先把 pr 从右往左变成单调不增（`np.maximum.accumulate(pr[::-1])[::-1]`）",
                name_zh="原始精确率（没有包络）"),
        Variant("equal scores in reverse order", partial(coco_ap_with, reverse_ties=True),
                "sorting in ascending order and reversing (`np.argsort(scores)[::-1]`) ranks equal scores in "
                "reverse input order; pycocotools sorts `-scores` with a stable mergesort, so equal scores keep "
                "their input order: `np.argsort(-scores, kind=\"mergesort\")`",
                "先升序排序再反转（`np.argsort(scores)[::-1]`）会让相同分数按输入的逆序排列；pycocotools 对 "
                "`-scores` 做稳定的归并排序，相同分数保持输入顺序：`np.argsort(-scores, kind=\"mergesort\")`",
                name_zh="相同分数的顺序被颠倒"),
        Variant("AP 0 for an absent class", partial(coco_ap_with, absent=0.0),
                "npos = 0 gives ap 0.0 and a precision of zeros; pycocotools marks a class without ground truth "
                "absent, ap = -1.0 and precision all -1, so that summarize() leaves it out of the mean",
                "npos = 0 时返回了 ap 0.0 和全 0 的精确率；pycocotools 把没有真值框的类别标为不存在：ap = -1.0、"
                "精确率全为 -1，这样 summarize() 求平均时会跳过它",
                name_zh="缺失类别记 AP 0"),
        Variant("VOC's all-point area", partial(coco_ap_with, all_point=True),
                "ap is the area under the precision envelope over every recall step (the VOC2010 all-point AP); "
                "COCO's ap is the plain mean of the 101 interpolated precisions returned with it",
                "ap 用的是精确率包络下、逐个召回率台阶求和的面积（VOC2010 的全点 AP）；COCO 的 ap 是与它一同返回的 "
                "101 个插值精确率的简单平均",
                name_zh="VOC 的全点面积"),
    ],
)
