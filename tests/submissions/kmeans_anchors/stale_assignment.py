# expect: wrong_answer
# variant: the assignment before the last update
# message: max_iter
# Assign, update, repeat: when max_iter runs out, the assignment returned is the one made
# before the last update, not the one to the returned centers.
import numpy as np


def _assign(wh, c):
    inter = np.minimum(wh[:, None, 0], c[None, :, 0]) * np.minimum(wh[:, None, 1], c[None, :, 1])
    union = (wh[:, 0] * wh[:, 1])[:, None] + (c[:, 0] * c[:, 1])[None] - inter
    return np.argmin(1 - inter / union, 1).astype(np.int64)


def kmeans_anchors(wh, centers, max_iter=300):
    wh = np.asarray(wh, np.float64)
    c = np.array(centers, np.float64)
    assign = _assign(wh, c) if len(wh) else np.zeros(0, np.int64)
    last = None
    for _ in range(max_iter):
        assign = _assign(wh, c)
        if last is not None and (assign == last).all():
            break
        for j in range(len(c)):
            if (assign == j).any():
                c[j] = wh[assign == j].mean(0)
        last = assign
    return c, assign
