"""precision_recall_f1: precision, recall and F1 as scikit-learn 1.9's
precision_recall_fscore_support, for average binary / micro / macro / weighted and
zero_division 0, 1 or nan."""
import numpy as np

from ..judge.spec import Case, Problem, shrink_rows
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
)
