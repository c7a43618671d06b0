# expect: forbidden
# The Tensor method, caught when called.
# message: torch.Tensor.relu
def relu(x):
    return x.relu()
