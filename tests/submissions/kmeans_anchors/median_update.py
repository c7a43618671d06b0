# expect: wrong_answer
# variant: the median update
# message: centers
# The centers moved to the median of their boxes (as some YOLO repos do), not the mean.
import numpy as np


def _assign(wh, c):
    inter = np.minimum(wh[:, None, 0], c[None, :, 0]) * np.minimum(wh[:, None, 1], c[None, :, 1])
    union = (wh[:, 0] * wh[:, 1])[:, None] + (c[:, 0] * c[:, 1])[None] - inter
    return np.argmin(1 - inter / union, 1).astype(np.int64)


def kmeans_anchors(wh, centers, max_iter=300):
    wh = np.asarray(wh, np.float64)
    c = np.array(centers, np.float64)
    if len(wh) == 0:
        return c, np.zeros(0, np.int64)
    assign = _assign(wh, c)
    for _ in range(max_iter):
        for j in range(len(c)):
            if (assign == j).any():
                c[j] = np.median(wh[assign == j], 0)
        new = _assign(wh, c)
        if (new == assign).all():
            break
        assign = new
    return c, assign
