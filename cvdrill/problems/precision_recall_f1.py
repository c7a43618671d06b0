"""precision_recall_f1: precision, recall and F1 as scikit-learn 1.9's
precision_recall_fscore_support, for average binary / micro / macro / weighted and
zero_division 0, 1 or nan."""
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, shrink_rows
from ._metrics import float_check, noisy_labels

NAN = float("nan")


def cases(rng):
    a = lambda v: np.array(v, np.int64)  # noqa: E731
    yt, yp = a([1, 0, 1, 1, 0, 1, 0, 0]), a([1, 1, 1, 0, 0, 1, 0, 1])
    yield Case("binary, defaults", (yt, yp))
    yield Case("binary, pos_label=0", (yt, yp), {"pos_label": 0})
    yield Case("nothing predicted positive: precision 0/0 -> zero_division=0.0", (a([1, 1, 0, 0]), a([0, 0, 0, 0])))
    yield Case("nothing predicted positive, zero_division=1.0: F1 is still 2tp/(2tp+fp+fn) = 0",
               (a([1, 1, 0, 0]), a([0, 0, 0, 0])), {"zero_division": 1.0})
    yield Case("nothing positive at all, zero_division=1.0", (a([0, 0, 0]), a([0, 0, 0])), {"zero_division": 1.0})
    yield Case("nothing positive at all, zero_division=nan", (a([0, 0, 0]), a([0, 0, 0])), {"zero_division": NAN})
    yield Case("no true positives in y_true, zero_division=nan: recall nan, F1 0",
               (a([0, 0, 0, 0]), a([1, 0, 1, 0])), {"zero_division": NAN})
    yield Case("labels -1 and 1 (pos_label=1)", (a([-1, 1, 1, -1, 1]), a([1, 1, -1, -1, 1])))
    yield Case("labels 2 and 7, pos_label=7 by position", (a([2, 7, 7, 2, 7, 2]), a([7, 7, 2, 2, 7, 7]), "binary", 7))
    yield Case("bool labels", (np.array([True, False, True, True]), np.array([True, True, False, True])))
    yt, yp = a([0, 1, 2, 2, 1, 0, 2, 1, 3]), a([0, 2, 2, 2, 1, 1, 0, 1, 1])  # label 3 never predicted
    for avg in ("micro", "macro", "weighted"):
        yield Case(f"multi-class, average='{avg}'", (yt, yp), {"average": avg})
    for avg in ("macro", "weighted"):
        for z in (1.0, NAN):
            yield Case(f"a label never predicted, average='{avg}', zero_division={z}", (yt, yp),
                       {"average": avg, "zero_division": z})
    yield Case("a label only in y_pred counts in macro (labels = union of both)",
               (a([0, 0, 1, 1]), a([0, 5, 1, 1])), {"average": "macro"})
    yield Case("weighted, zero_division=nan, the nan label has no support: plain mean of the rest",
               (a([1]), a([0])), {"average": "weighted", "zero_division": NAN})
    yield Case("one sample, micro", (a([3]), a([3])), {"average": "micro"})
    yield Case("micro over a binary problem (= accuracy)", (a([1, 0, 1, 1, 0]), a([1, 1, 0, 1, 0])), {"average": "micro"})
    i = 0
    for n, labels, avg, z in ((50, [0, 1], "binary", 0.0), (300, [0, 1], "binary", 1.0), (200, range(5), "macro", 0.0),
                              (500, range(10), "weighted", 1.0), (1000, range(3), "micro", 0.0),
                              (80, range(12), "macro", NAN), (120, range(8), "weighted", NAN), (2000, range(20), "macro", 1.0)):
        yt, yp = noisy_labels(rng, n, list(labels), keep=0.6)
        if avg != "binary" and len(labels) > 4:
            yp[yp == 1] = 0  # label 1 never predicted: a zero_division label
        yield Case(f"random N={n}, {len(labels)} labels, average='{avg}', zero_division={z}", (yt, yp),
                   {"average": avg, "zero_division": z}, random=True)
        i += 1


def prf_with(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0, zero=None, f1_from_pr=False,
             skip_nan=True, micro_as_mean=False):
    """Precision, recall and F1 under another convention: `zero` for every zero denominator
    (zero_division ignored), F1 as 2PR / (P + R) of the filled P and R, nan labels kept in
    the macro and weighted means, or micro as the plain mean of the per-label ratios."""
    z = float(zero_division if zero is None else zero)
    yt, yp = np.asarray(y_true).reshape(-1), np.asarray(y_pred).reshape(-1)
    labels = np.array([pos_label]) if average == "binary" else np.union1d(yt, yp)
    tp = np.array([np.sum((yt == c) & (yp == c)) for c in labels], np.float64)
    pred = np.array([np.sum(yp == c) for c in labels], np.float64)
    true = np.array([np.sum(yt == c) for c in labels], np.float64)
    if average == "micro" and not micro_as_mean:
        tp, pred, true = tp.sum(keepdims=True), pred.sum(keepdims=True), true.sum(keepdims=True)

    def div(num, den):
        out = np.full(num.shape, z)
        ok = den != 0  # nan != 0: a nan denominator divides (and gives nan)
        out[ok] = num[ok] / den[ok]
        return out

    p, r = div(tp, pred), div(tp, true)
    f = div(2 * p * r, p + r) if f1_from_pr else div(2 * tp, pred + true)

    def mean(x):
        weights = true if average == "weighted" else None
        keep = ~np.isnan(x) if skip_nan else np.ones(x.shape, bool)
        if not keep.any():
            return float("nan")
        if weights is None or weights[keep].sum() == 0:
            return float(np.mean(x[keep]))
        return float(np.average(x[keep], weights=weights[keep]))
    return mean(p), mean(r), mean(f)


PROBLEM = Problem(
    slug="precision_recall_f1",
    kind="numpy",
    params=["y_true", "y_pred", "average", "pos_label", "zero_division"],
    cases=cases,
    check=float_check(("precision", "recall", "f1")),
    forbidden=["sklearn.*", "torchmetrics.*", "torcheval.*"],
    shrink=shrink_rows(0, 1),
    terms=["precision_recall_fscore_support", "1.9", "2 tp / (2 tp + fp + fn)", "zero_division", "\"warn\"",
           "union", "sorted", "\"binary\"", "\"micro\"", "\"macro\"", "\"weighted\"", "support", "nan",
           "pos_label", "1e-9", "float"],
    variants=[
        Variant("an ignored zero_division (always 0)", partial(prf_with, zero=0.0),
                "a zero denominator always gives 0, whatever zero_division says; it must give the zero_division "
                "passed in: 0.0, 1.0 or nan (and with nan, \"macro\" and \"weighted\" leave those labels out of "
                "the mean)",
                "分母为 0 时总是取 0，没有理会 zero_division；应取 zero_division 的值：0.0、1.0 或 nan"
                "（取 nan 时，\"macro\" 和 \"weighted\" 求平均会跳过这些标签）",
                name_zh="忽略 zero_division（总取 0）"),
        Variant("F1 from the filled precision and recall", partial(prf_with, f1_from_pr=True),
                "F1 is the harmonic mean 2PR / (P + R) of precision and recall after zero_division has filled "
                "them in, so a nan put there carries into F1, and where P = R = 0 (tp = 0, fp + fn > 0) 2PR / (P + R) "
                "is 0 / 0 and gets zero_division; scikit-learn 1.9 computes F1 from the counts, "
                "2 tp / (2 tp + fp + fn), which is 0 whenever tp = 0 and fp + fn > 0",
                "F1 用的是经 zero_division 填充之后的精确率和召回率的调和平均 2PR / (P + R)，填进去的 nan "
                "会带进 F1；P = R = 0（tp = 0 且 fp + fn > 0）时 2PR / (P + R) 是 0 / 0，又取了 zero_division；scikit-learn 1.9 "
                "直接由计数算 F1：2 tp / (2 tp + fp + fn)，只要 tp = 0 且 fp + fn > 0 "
                "结果就是 0",
                name_zh="由填充后的精确率和召回率算 F1"),
        Variant("nan labels kept in the mean", partial(prf_with, skip_nan=False),
                "with zero_division=nan the \"macro\" and \"weighted\" means include the nan labels, so one nan "
                "makes the result nan; scikit-learn leaves the nan labels out and averages the rest (nan only when "
                "every label is nan)",
                "zero_division=nan 时，\"macro\" 和 \"weighted\" 的平均把 nan 标签也算了进去，只要有一个 nan "
                "结果就是 nan；scikit-learn 会跳过 nan 标签，只对其余标签求平均（全部为 nan 时才是 nan）",
                name_zh="nan 标签参与平均"),
        Variant("micro as the mean over labels", partial(prf_with, micro_as_mean=True),
                "average=\"micro\" takes the plain mean of the per-label ratios, which is \"macro\"; micro sums "
                "tp, fp and fn over all the labels first and then takes each ratio once",
                "average=\"micro\" 时对各标签的比值直接取平均，这其实是 \"macro\"；micro 要先把所有标签的 tp、fp、fn "
                "分别相加，再各算一次比值",
                name_zh="把 micro 当成按标签平均"),
    ],
)
