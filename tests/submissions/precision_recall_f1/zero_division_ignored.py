# expect: wrong_answer
# variant: an ignored zero_division (always 0)
# Guards every division with "else 0.0": the zero_division argument is accepted but never used.
import numpy as np


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    labels = [pos_label] if average == "binary" else np.unique(np.concatenate([y_true, y_pred]))
    tp = np.array([np.sum((y_true == c) & (y_pred == c)) for c in labels])
    fp = np.array([np.sum((y_true != c) & (y_pred == c)) for c in labels])
    fn = np.array([np.sum((y_true == c) & (y_pred != c)) for c in labels])
    if average == "micro":
        tp, fp, fn = tp.sum(keepdims=True), fp.sum(keepdims=True), fn.sum(keepdims=True)
    p = np.array([t / (t + f) if t + f else 0.0 for t, f in zip(tp, fp)])
    r = np.array([t / (t + f) if t + f else 0.0 for t, f in zip(tp, fn)])
    f1 = np.array([2 * t / (2 * t + a + b) if 2 * t + a + b else 0.0 for t, a, b in zip(tp, fp, fn)])
    if average == "weighted":
        w = tp + fn  # support
        return tuple(float(np.sum(x * w) / np.sum(w)) for x in (p, r, f1))
    return tuple(float(np.mean(x)) for x in (p, r, f1))
