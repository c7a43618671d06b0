# expect: wrong_answer
# variant: a gradient of 1/2 at x = 0 (a tie split in two)
# (x + |x|) / 2: abs has derivative sign(x) = 0 at 0, so relu'(0) comes out 1/2.
# message: x = 0
def relu(x):
    return (x + x.abs()) / 2
