# expect: forbidden
# scikit-learn itself.
from sklearn.metrics import roc_auc_score


def roc_auc(y_true, y_score):
    return float(roc_auc_score(y_true, y_score))
