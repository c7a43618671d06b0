# expect: accepted
# Plain Python loops over boxes and centers, argmax of IoU with a strict > (the first
# maximum wins, the same as the lowest-index tie rule), sums divided by counts.
import numpy as np


def _iou(w1, h1, w2, h2):
    inter = min(w1, w2) * min(h1, h2)
    return inter / (w1 * h1 + w2 * h2 - inter)


def _assign(boxes, cs):
    out = []
    for w, h in boxes:
        best, bj = -1.0, 0
        for j, (cw, ch) in enumerate(cs):
            v = _iou(w, h, cw, ch)
            if v > best:
                best, bj = v, j
        out.append(bj)
    return out


def kmeans_anchors(wh, centers, max_iter=300):
    boxes = [(float(w), float(h)) for w, h in np.asarray(wh, np.float64).reshape(-1, 2)]
    cs = [(float(w), float(h)) for w, h in np.asarray(centers, np.float64).reshape(-1, 2)]
    assign = _assign(boxes, cs)
    for _ in range(max_iter):
        for j in range(len(cs)):
            members = [b for b, a in zip(boxes, assign) if a == j]
            if members:
                cs[j] = (sum(b[0] for b in members) / len(members), sum(b[1] for b in members) / len(members))
        new = _assign(boxes, cs)
        if new == assign:
            break
        assign = new
    return np.array(cs, np.float64).reshape(-1, 2), np.array(assign, np.int64)
