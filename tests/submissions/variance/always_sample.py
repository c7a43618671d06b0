# expect: wrong_answer
# variant: the sample variance (divide by N-1)
# "Variance" taken as the sample variance every time, as torch.var gives it: the unbiased flag is never read.
import numpy as np


def variance(x, unbiased=False):
    a = np.asarray(x, dtype=np.float64).ravel()
    if a.size < 2:
        return float("nan")
    d = a - np.mean(a)
    return float(np.sum(d * d) / (a.size - 1))
