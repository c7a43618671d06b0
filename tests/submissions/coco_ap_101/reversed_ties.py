# expect: wrong_answer
# variant: equal scores in reverse order
# message: equal scores
# np.argsort(scores)[::-1]: equal scores come out in reverse input order.
import numpy as np


def coco_ap_101(tp, scores, npos):
    rec_thrs = np.linspace(0.0, 1.0, 101)
    if npos == 0:
        return -1.0, -np.ones(101)
    inds = np.argsort(scores, kind="mergesort")[::-1]
    tps = tp[inds]
    tp_sum = np.cumsum(tps).astype(float)
    fp_sum = np.cumsum(~tps).astype(float)
    nd = len(tp_sum)
    rc = tp_sum / npos
    pr = (tp_sum / (fp_sum + tp_sum + np.spacing(1))).tolist()
    q = [0.0] * 101
    for i in range(nd - 1, 0, -1):
        if pr[i] > pr[i - 1]:
            pr[i - 1] = pr[i]
    idx = np.searchsorted(rc, rec_thrs, side="left")
    try:
        for ri, pi in enumerate(idx):
            q[ri] = pr[pi]
    except IndexError:
        pass
    q = np.array(q)
    return float(np.mean(q)), q
