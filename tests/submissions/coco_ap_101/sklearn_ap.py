# expect: forbidden
# scikit-learn's average_precision_score: a different AP (no interpolation, no npos).
import numpy as np
import sklearn.metrics as skm


def coco_ap_101(tp, scores, npos):
    ap = skm.average_precision_score(tp, scores)
    return float(ap), np.full(101, ap)
