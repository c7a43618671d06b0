# expect: wrong_answer
# variant: absent classes scored 1
# A class in neither map scored as a perfect 1 ("nothing to find, nothing found") and
# averaged with the others.
import numpy as np


def miou(pred, target, num_classes, ignore_index=255):
    keep = target != ignore_index
    t = target[keep].astype(np.int64)
    p = pred[keep].astype(np.int64)
    conf = np.bincount(num_classes * t + p, minlength=num_classes * num_classes).reshape(num_classes, num_classes)
    inter = np.diag(conf)
    union = conf.sum(axis=0) + conf.sum(axis=1) - inter
    iou = np.ones(num_classes)
    np.divide(inter, union, out=iou, where=union > 0)
    return float(iou.mean()), iou
