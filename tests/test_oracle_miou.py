"""The miou reference against a per-pixel Python loop (the confusion matrix one pixel at a
time) on every judged case, and small maps computed by hand."""
import math
import warnings

import numpy as np

from cvdrill.judge.run import load_reference
from oracle_metrics import check_every_case

miou = load_reference("miou", "miou")


def slow_miou(pred, target, num_classes, ignore_index=255):
    conf = [[0] * num_classes for _ in range(num_classes)]
    for p, t in zip(np.asarray(pred).ravel().tolist(), np.asarray(target).ravel().tolist()):
        if t != ignore_index:
            conf[t][p] += 1
    per = []
    for c in range(num_classes):
        tp = conf[c][c]
        fp = sum(conf[r][c] for r in range(num_classes)) - tp
        fn = sum(conf[c]) - tp
        per.append(tp / (tp + fp + fn) if tp + fp + fn else float("nan"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        m = float(np.nanmean(per)) if not all(math.isnan(v) for v in per) else float("nan")
    return m, np.array(per, np.float64)


def test_every_judged_case():
    check_every_case("miou", slow_miou)


def test_by_hand():
    # target [[0,0],[1,255]], pred [[0,1],[1,1]]: the ignored pixel is dropped.
    # class 0: TP 1, FN 1 -> 1/2; class 1: TP 1, FP 1 -> 1/2; class 2: absent -> NaN.
    m, per = miou(np.array([[0, 1], [1, 1]]), np.array([[0, 0], [1, 255]]), 3)
    assert math.isclose(m, 0.5) and per[:2].tolist() == [0.5, 0.5] and math.isnan(per[2])
    assert per.dtype == np.float64 and per.shape == (3,)
    # a class only predicted counts with IoU 0
    m, per = miou(np.array([2, 0]), np.array([0, 0]), 3)
    assert per[0] == 0.5 and per[2] == 0.0 and math.isnan(per[1]) and math.isclose(m, 0.25)
    # uint8 with 21 classes: 21 * 20 + 20 = 440 does not fit in uint8
    m, per = miou(np.array([20, 3], np.uint8), np.array([20, 3], np.uint8), 21)
    assert m == 1.0 and per[20] == 1.0 and per[3] == 1.0
    m, per = miou(np.array([1]), np.array([255]), 2)
    assert math.isnan(m) and np.isnan(per).all()
