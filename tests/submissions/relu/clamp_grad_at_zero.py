# expect: wrong_answer
# variant: a gradient of 1 at x = 0
# x.clamp(min=0): right values, but clamp passes the gradient at its boundary, so the
# derivative at x = 0 is 1 where torch's relu gives 0.
# message: x = 0, grad_output
def relu(x):
    return x.clamp(min=0)
