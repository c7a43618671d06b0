# expect: forbidden
# The Tensor method: invisible to a scan of the names, caught when called.
# message: torch.Tensor.sigmoid
def sigmoid(x):
    return x.sigmoid()
