# expect: wrong_answer
# variant: the Euclidean distance
# message: assignment
# Plain k-means: the Euclidean distance between (w, h) pairs instead of 1 - IoU, so large
# boxes dominate and elongated boxes go to the wrong anchor.
import numpy as np


def kmeans_anchors(wh, centers, max_iter=300):
    wh = np.asarray(wh, np.float64)
    c = np.array(centers, np.float64)
    if len(wh) == 0:
        return c, np.zeros(0, np.int64)
    assign = np.argmin(((wh[:, None] - c[None]) ** 2).sum(-1), 1)
    for _ in range(max_iter):
        for j in range(len(c)):
            if (assign == j).any():
                c[j] = wh[assign == j].mean(0)
        new = np.argmin(((wh[:, None] - c[None]) ** 2).sum(-1), 1)
        if (new == assign).all():
            break
        assign = new
    return c, assign.astype(np.int64)
