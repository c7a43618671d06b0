# expect: forbidden
# The standard library's statistics.pvariance / variance.
# message: statistics
import statistics


def variance(x, unbiased=False):
    xs = x.ravel().tolist()
    return statistics.variance(xs) if unbiased else statistics.pvariance(xs)
