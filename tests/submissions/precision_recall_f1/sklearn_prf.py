# expect: forbidden
# scikit-learn itself.
from sklearn.metrics import precision_recall_fscore_support


def precision_recall_f1(y_true, y_pred, average="binary", pos_label=1, zero_division=0.0):
    return precision_recall_fscore_support(y_true, y_pred, average=average, pos_label=pos_label,
                                           zero_division=zero_division)[:3]
