# expect: forbidden
# The ndarray method x.var(ddof=...).
# message: _var|\.var
def variance(x, unbiased=False):
    return float(x.astype(float).var(ddof=1 if unbiased else 0))
