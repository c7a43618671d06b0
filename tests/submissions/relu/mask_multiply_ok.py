# expect: accepted
# x times the mask x > 0: the gradient is the mask, 0 at x = 0.
def relu(x):
    return x * (x > 0)
