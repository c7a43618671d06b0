"""voc_eval: PASCAL VOC detection AP of one class, as voc_eval() in py-faster-rcnn's
lib/datasets/voc_eval.py, on arrays: (rec, prec, ap)."""
import math
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows

F64, I64 = np.float64, np.int64


def check(case, expected, got):
    if not isinstance(got, (tuple, list)) or len(got) != 3:
        return compare(expected, got, what="result")  # says what came back instead of 3 values
    for name, e, g in zip(("rec", "prec", "ap"), expected, got):
        msg = compare(e, g, rtol=1e-9, atol=1e-12, what=name)
        if msg:
            return msg
    return None


def _dets(rows):
    """[(image, score, x1, y1, x2, y2), ...] -> det_image, det_scores, det_boxes."""
    a = np.array(rows, F64).reshape(-1, 6)
    return a[:, 0].astype(I64), a[:, 1].copy(), a[:, 2:].copy()


def _gts(rows):
    """[(image, difficult, x1, y1, x2, y2), ...] -> gt_image, gt_boxes, gt_difficult."""
    a = np.array(rows, F64).reshape(-1, 6)
    return a[:, 0].astype(I64), a[:, 2:].copy(), a[:, 1].astype(bool)


def _case(name, dets, gts, **kw):
    di, ds, db = _dets(dets)
    gi, gb, gd = _gts(gts)
    return Case(name, (di, ds, db, gi, gb, gd), kw)


def _random(rng, images, per_image, fp_rate, dup_rate, difficult_rate, small=False):
    """VOC-like data: integer ground-truth boxes, detections = jittered copies (some
    duplicated, some missed) scoring higher on average than the false positives."""
    gts, dets = [], []
    ids = rng.choice(np.arange(1, 10 * images + 1), images, replace=False)  # non-contiguous ids
    for img in ids:
        for _ in range(rng.integers(0, per_image + 1)):
            wh = rng.integers(3, 12, 2) if small else rng.integers(10, 200, 2)
            xy = rng.integers(1, 300, 2)
            box = np.concatenate([xy, xy + wh])
            gts.append([img, rng.uniform() < difficult_rate, *box])
            for _ in range(int(rng.uniform() < 0.8) + int(rng.uniform() < dup_rate)):
                jit = rng.normal(0, 0.12, 4) * np.concatenate([wh, wh])
                dets.append([img, 1, *np.round(box + jit, 1)])  # score 1 + noise: mostly above FPs
        for _ in range(rng.poisson(fp_rate)):
            wh = rng.integers(3, 12, 2) if small else rng.integers(10, 200, 2)
            xy = rng.uniform(1, 300, 2)
            dets.append([img, 0, *np.round(np.concatenate([xy, xy + wh]), 1)])
    d = np.array(dets, F64).reshape(-1, 6)
    d[:, 1] = (d[:, 1] + rng.uniform(0, 1.5, len(d))) / 2.5  # continuous noise: distinct scores
    d[:, 4:] = np.maximum(d[:, 4:], d[:, 2:4])  # x2 >= x1
    g = np.array(gts, F64).reshape(-1, 6)
    di, ds, db = _dets(d)
    gi, gb, gd = _gts(g)
    return di, ds, db, gi, gb, gd


def _coprime(rng, *args, **kw):
    """_random with npos (the non-difficult ground truths) coprime with 10: no recall k/npos
    then sits on 0.3, 0.6 or 0.7, where np.arange(0., 1.1, 0.1)'s floats and k / 10 disagree
    in the last bit, so the thresholds' spelling decides no verdict."""
    while True:
        case = _random(rng, *args, **kw)
        if math.gcd(int((~case[5]).sum()), 10) == 1:
            return case


def cases(rng):
    g1 = [(1, 0, 10, 10, 49, 49)]
    yield _case("no detections", [], g1)
    yield _case("no detections, no ground truth", [], [])
    yield _case("no ground truth: rec = 0/0 = nan, all-point ap = nan", [(1, 0.9, 10, 10, 49, 49), (2, 0.8, 0, 0, 5, 5)], [])
    yield _case("no ground truth, 11-point ap = 0", [(1, 0.9, 10, 10, 49, 49)], [], use_07_metric=True)
    yield _case("one detection, one match", [(1, 0.9, 11, 10, 50, 49)], g1)
    # +1 pixels: gt 4x4 px, det shifted by one: 12/20 = 0.6 (continuous: 6/12 = 0.5, not > 0.5)
    yield _case("inclusive pixels (+1): IoU 0.6, not 0.5", [(1, 0.9, 1, 0, 4, 3)], [(1, 0, 0, 0, 3, 3)])
    # gt 10x10 px, det 10x20 px on top of it: 100 / 200 = 0.5 exactly
    yield _case("IoU exactly 0.5 is not a match (> threshold)", [(1, 0.9, 0, 0, 9, 19), (1, 0.8, 0, 0, 9, 10)],
                [(1, 0, 0, 0, 9, 9)])
    yield _case("duplicate detections: the second is a false positive",
                [(1, 0.9, 10, 10, 49, 49), (1, 0.8, 11, 11, 49, 49), (1, 0.7, 10, 10, 48, 48)], g1)
    yield _case("detections on an image without ground truth are false positives",
                [(2, 0.95, 10, 10, 49, 49), (1, 0.9, 10, 10, 49, 49), (3, 0.5, 0, 0, 9, 9)], g1)
    yield _case("matching is per image", [(2, 0.9, 10, 10, 49, 49), (1, 0.8, 10, 10, 49, 49)],
                [(1, 0, 10, 10, 49, 49), (2, 0, 200, 200, 249, 249)])
    # two gts, the det overlaps both with IoU 1/3 (threshold 0.3): the first gt wins (argmax);
    # the second, identical det again picks the first (already matched) -> FP, although the
    # second gt is free: voc_eval only ever looks at the best-overlapping box
    yield _case("the best-overlap box only: a free second box is not tried",
                [(1, 0.9, 5, 0, 14, 9), (1, 0.8, 5, 0, 14, 9)], [(1, 0, 0, 0, 9, 9), (1, 0, 10, 0, 19, 9)],
                iou_threshold=0.3)
    yield _case("best overlap already matched -> FP, even with another box over the threshold",
                [(1, 0.9, 0, 0, 99, 99), (1, 0.8, 0, 0, 99, 89)], [(1, 0, 0, 0, 99, 99), (1, 0, 0, 0, 99, 79)])
    yield _case("difficult boxes: not counted in npos, their detections neither TP nor FP",
                [(1, 0.9, 10, 10, 49, 49), (1, 0.8, 100, 100, 139, 139), (1, 0.7, 300, 300, 320, 320)],
                [(1, 1, 10, 10, 49, 49), (1, 0, 100, 100, 139, 139)])
    yield _case("best overlap is difficult: ignored, though a normal box also overlaps",
                [(1, 0.9, 0, 0, 99, 99), (1, 0.5, 0, 0, 99, 79)], [(1, 0, 0, 0, 99, 79), (1, 1, 0, 0, 99, 99)])
    yield _case("first detection on a difficult box: prec = 0 / max(0, eps) = 0",
                [(1, 0.9, 10, 10, 49, 49), (1, 0.8, 100, 100, 139, 139)],
                [(1, 1, 10, 10, 49, 49), (1, 0, 100, 100, 139, 139)])
    yield _case("all ground truths difficult (npos = 0)", [(1, 0.9, 10, 10, 49, 49), (1, 0.8, 0, 0, 5, 5)],
                [(1, 1, 10, 10, 49, 49)])
    yield _case("equal scores keep their input order (stable sort)",
                [(1, 0.5, 300, 300, 340, 340), (1, 0.5, 10, 10, 49, 49), (1, 0.5, 11, 11, 50, 50),
                 (2, 0.5, 0, 0, 9, 9)], g1 + [(2, 0, 0, 0, 9, 9)])
    yield Case("iou_threshold and use_07_metric by position",
               _coprime(rng, 4, 3, 1.0, 0.2, 0.1) + (0.7, True), random=True)
    for i, (images, per, fp, dup, diff) in enumerate([(3, 2, 1.0, 0.2, 0.0), (10, 3, 2.0, 0.3, 0.15),
                                                      (25, 4, 3.0, 0.3, 0.2), (60, 5, 4.0, 0.2, 0.1),
                                                      (15, 3, 2.0, 0.5, 0.3)]):
        kw = {"use_07_metric": bool(i % 2)}
        if i == 4:
            kw["iou_threshold"] = 0.3
        args = _coprime(rng, images, per, fp, dup, diff)
        yield Case(f"random {images} images, {'11-point' if i % 2 else 'all-point'}", args, kw, random=True)
    yield Case("random small boxes (the +1 matters)", _random(rng, 12, 4, 2.0, 0.3, 0.1, small=True), random=True)


def _shrink(case):
    # leave out detections (the first three arrays), then ground truths (the last three)
    return shrink_rows(0, 1, 2)(case) + shrink_rows(3, 4, 5)(case)


def _voc_ap(rec, prec, use_07_metric=False):
    if use_07_metric:
        return float(sum((np.max(prec[rec >= t]) if np.sum(rec >= t) else 0) / 11.0 for t in np.arange(0.0, 1.1, 0.1)))
    mrec = np.concatenate(([0.0], rec, [1.0]))
    mpre = np.maximum.accumulate(np.concatenate(([0.0], prec, [0.0]))[::-1])[::-1]
    i = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[i + 1] - mrec[i]) * mpre[i + 1]))


def voc_with(det_image, det_scores, det_boxes, gt_image, gt_boxes, gt_difficult, iou_threshold=0.5,
             use_07_metric=False, plus=1.0, at_threshold=False, duplicates_tp=False, difficult_in_npos=False):
    """voc_eval.py with one rule changed: IoU without the "+1" (plus=0), a match at IoU equal
    to the threshold, every detection of a box a TP, or npos counting the difficult boxes."""
    difficult = np.asarray(gt_difficult, bool)
    npos = len(difficult) if difficult_in_npos else int(np.sum(~difficult))
    order = np.argsort(-np.asarray(det_scores, np.float64), kind="stable")
    matched = np.zeros(len(difficult), bool)
    tp, fp = np.zeros(len(order)), np.zeros(len(order))
    for d, k in enumerate(order):
        rows = np.nonzero(gt_image == det_image[k])[0]
        ovmax = -np.inf
        if len(rows):
            bb, gt = det_boxes[k], gt_boxes[rows]
            iw = np.maximum(np.minimum(gt[:, 2], bb[2]) - np.maximum(gt[:, 0], bb[0]) + plus, 0.0)
            ih = np.maximum(np.minimum(gt[:, 3], bb[3]) - np.maximum(gt[:, 1], bb[1]) + plus, 0.0)
            inter = iw * ih
            union = ((bb[2] - bb[0] + plus) * (bb[3] - bb[1] + plus)
                     + (gt[:, 2] - gt[:, 0] + plus) * (gt[:, 3] - gt[:, 1] + plus) - inter)
            overlaps = inter / union
            j = rows[int(np.argmax(overlaps))]
            ovmax = overlaps.max()
        if ovmax > iou_threshold or (at_threshold and ovmax == iou_threshold):
            if not difficult[j]:
                if duplicates_tp or not matched[j]:
                    tp[d] = 1.0
                    matched[j] = True
                else:
                    fp[d] = 1.0
        else:
            fp[d] = 1.0
    tp, fp = np.cumsum(tp), np.cumsum(fp)
    with np.errstate(invalid="ignore", divide="ignore"):
        rec = tp / float(npos)
    prec = tp / np.maximum(tp + fp, np.finfo(np.float64).eps)
    return rec, prec, _voc_ap(rec, prec, use_07_metric)


VARIANTS = [
    Variant("IoU without the \"+1\"", partial(voc_with, plus=0.0),
            "the IoU is computed in continuous coordinates (width x2 - x1); the VOC devkit and voc_eval.py count "
            "inclusive pixels: a box is x2 - x1 + 1 wide and the intersection width is "
            "max(min(x2) - max(x1) + 1, 0), which changes IoUs near the threshold, on small boxes most",
            "IoU 按连续坐标计算（宽度为 x2 - x1）；VOC devkit 和 voc_eval.py 按包含端点的像素计数：框宽为 "
            "x2 - x1 + 1，交集宽度为 max(min(x2) - max(x1) + 1, 0)，这会改变阈值附近的 IoU，小框尤其明显",
            name_zh="IoU 没有 \"+1\""),
    Variant("a match at IoU = threshold", partial(voc_with, at_threshold=True),
            "a detection whose best IoU equals iou_threshold counts as a match (IoU >= threshold); voc_eval.py "
            "needs ovmax > ovthresh, strictly greater: IoU exactly 0.5 is a false positive",
            "最佳 IoU 恰好等于 iou_threshold 的检测被算作匹配（IoU >= 阈值）；voc_eval.py 要求 ovmax > ovthresh，"
            "严格大于：IoU 恰好为 0.5 时是误检",
            name_zh="IoU 等于阈值也算匹配"),
    Variant("duplicates counted as TP", partial(voc_with, duplicates_tp=True),
            "every detection of a ground-truth box counts as a true positive, the box never marked as matched; "
            "only the first (highest-scoring) one is a TP, each later detection whose best box is already matched "
            "is a false positive (a duplicate detection)",
            "同一个真值框的每个检测都被算成真正例，框从未被标记为已匹配；只有第一个（得分最高的）是 TP，之后最佳框"
            "已被匹配的检测都是误检（重复检测）",
            name_zh="重复检测也算 TP"),
    Variant("difficult boxes counted in npos", partial(voc_with, difficult_in_npos=True),
            "npos counts every ground truth, the difficult ones too, so a difficult object never detected counts "
            "as a miss and lowers the recall; npos is the number of non-difficult ground truths (a difficult box "
            "is neither required nor penalised)",
            "npos 统计了所有真值框，包括 difficult 的，于是未被检出的 difficult 目标算作漏检，拉低了召回率；npos 应是"
            "非 difficult 真值框的个数（difficult 框既不要求检出，也不计罚）",
            name_zh="npos 计入了 difficult 框"),
]

PROBLEM = Problem(
    slug="voc_eval",
    kind="numpy",
    params=["det_image", "det_scores", "det_boxes", "gt_image", "gt_boxes", "gt_difficult",
            "iou_threshold", "use_07_metric"],
    cases=cases,
    check=check,
    forbidden=["torchmetrics.*", "pycocotools.*", "detectron2.evaluation.*", "mmdet.evaluation.*",
               "mmdet.core.evaluation.*", "mmeval.*", "chainercv.evaluations.*", "podm.*", "mean_average_precision.*",
               "supervision.metrics.*", "ultralytics.utils.metrics.*"],
    shrink=_shrink,
    terms=["+ 1", "stable", "decreasing score", "strictly greater", "np.argmax", "all ground truths of its image",
           "already matched", "difficult", "npos", "float64", "nan", "eps", "np.arange(0., 1.1, 0.1)", "either",
           "all-point", "11-point", "no detections", "0.0"],
    variants=VARIANTS,
)
