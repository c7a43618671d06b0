# expect: wrong_answer
# variant: a gradient of 1 at x = 0
# x times the mask x >= 0: the mask counts x = 0 as positive, so autograd's derivative there is 1.
# message: x = 0, grad_output
def relu(x):
    return x * (x >= 0)
