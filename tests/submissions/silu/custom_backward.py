# expect: wrong_answer
# variant: the gradient sigmoid(x) alone
# A hand-written autograd.Function whose backward returns grad * sigmoid(x): the product
# rule's x * s * (1 - s) term is missing.
# message: x.grad
import torch


class _SiLU(torch.autograd.Function):
    @staticmethod
    def forward(ctx, x):
        s = torch.sigmoid(x)
        ctx.save_for_backward(s)
        return x * s

    @staticmethod
    def backward(ctx, grad):
        (s,) = ctx.saved_tensors
        return grad * s


def silu(x):
    return _SiLU.apply(x)
