# expect: forbidden
# The Tensor method, caught when called.
# message: torch.Tensor.tanh
def tanh(x):
    return x.tanh()
