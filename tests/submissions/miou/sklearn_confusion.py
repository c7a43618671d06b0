# expect: forbidden
# scikit-learn's confusion_matrix.
import numpy as np
from sklearn.metrics import confusion_matrix


def miou(pred, target, num_classes, ignore_index=255):
    keep = target != ignore_index
    conf = confusion_matrix(target[keep], pred[keep], labels=range(num_classes))
    tp = np.diag(conf)
    iou = tp / (conf.sum(0) + conf.sum(1) - tp)
    return float(np.nanmean(iou)), iou
