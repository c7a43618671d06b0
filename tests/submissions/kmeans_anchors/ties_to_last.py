# expect: wrong_answer
# message: equal distance
# A running minimum with <=: a box at equal distance from two centers goes to the later one,
# where np.argmin (and the statement) picks the lowest index.
import numpy as np


def _assign(wh, c):
    inter = np.minimum(wh[:, None, 0], c[None, :, 0]) * np.minimum(wh[:, None, 1], c[None, :, 1])
    union = (wh[:, 0] * wh[:, 1])[:, None] + (c[:, 0] * c[:, 1])[None] - inter
    d = 1 - inter / union
    best = np.zeros(len(wh), np.int64)
    for j in range(1, len(c)):
        best = np.where(d[:, j] <= d[np.arange(len(wh)), best], j, best)
    return best


def kmeans_anchors(wh, centers, max_iter=300):
    wh = np.asarray(wh, np.float64)
    c = np.array(centers, np.float64)
    if len(wh) == 0:
        return c, np.zeros(0, np.int64)
    assign = _assign(wh, c)
    for _ in range(max_iter):
        for j in range(len(c)):
            if (assign == j).any():
                c[j] = wh[assign == j].mean(0)
        new = _assign(wh, c)
        if (new == assign).all():
            break
        assign = new
    return c, assign
