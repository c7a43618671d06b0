# expect: forbidden
# Tensor.logsumexp, caught when called.
# message: torch.Tensor.logsumexp
def log_softmax(x, dim=-1):
    return x - x.logsumexp(dim, keepdim=True)
