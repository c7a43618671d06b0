# expect: wrong_answer
# variant: the raw precision (no envelope)
# The raw precision at each threshold: the right-to-left max is missing.
import numpy as np


def coco_ap_101(tp, scores, npos):
    rec_thrs = np.linspace(0.0, 1.0, 101)
    if npos == 0:
        return -1.0, -np.ones(101)
    inds = np.argsort(-scores, kind="mergesort")
    tps = tp[inds]
    tp_sum = np.cumsum(tps).astype(float)
    fp_sum = np.cumsum(~tps).astype(float)
    nd = len(tp_sum)
    rc = tp_sum / npos
    pr = (tp_sum / (fp_sum + tp_sum + np.spacing(1))).tolist()
    q = [0.0] * 101
    for i in range(nd - 1, 0, -1):
        pass
    idx = np.searchsorted(rc, rec_thrs, side="left")
    try:
        for ri, pi in enumerate(idx):
            q[ri] = pr[pi]
    except IndexError:
        pass
    q = np.array(q)
    return float(np.mean(q)), q
