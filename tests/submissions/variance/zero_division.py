# expect: runtime_error
# Python floats: 0.0 / 0 raises ZeroDivisionError where numpy would give nan.
# message: ZeroDivisionError
def variance(x, unbiased=False):
    xs = [float(v) for v in x.ravel()]
    n = len(xs)
    mean = sum(xs) / n if n else 0.0
    return sum((v - mean) ** 2 for v in xs) / (n - 1 if unbiased else n)
