# expect: forbidden
# The Tensor method, caught when called.
# message: torch.Tensor.softmax
def softmax(x, dim=-1):
    return x.softmax(dim)
