# expect: forbidden
# scipy.stats.pearsonr.
# message: scipy.stats
from scipy import stats


def pearson(x, y):
    return float(stats.pearsonr(x.ravel(), y.ravel())[0])
