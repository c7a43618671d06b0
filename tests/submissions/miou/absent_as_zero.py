# expect: wrong_answer
# variant: absent classes scored 0
# message: neither
# An eps in the denominator: a class in neither map gets IoU 0 and drags the mean down.
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    p = np.asarray(pred, np.int64).ravel()
    t = np.asarray(target, np.int64).ravel()
    keep = t != ignore_index
    conf = np.bincount(num_classes * t[keep] + p[keep], minlength=num_classes ** 2).reshape(num_classes, num_classes)
    tp = np.diag(conf)
    iou = tp / (conf.sum(0) + conf.sum(1) - tp + 1e-10)
    return float(iou.mean()), iou
