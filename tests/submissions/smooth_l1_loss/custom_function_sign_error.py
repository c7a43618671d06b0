# expect: wrong_answer
# A custom autograd.Function whose backward uses -d/beta on -beta <= d < 0 (the derivative
# of |d| mixed up with that of d*d): the values are right, the gradient has the wrong sign there.
# message: input\.grad
import torch


class _SmoothL1(torch.autograd.Function):
    @staticmethod
    def forward(ctx, d, beta):
        ctx.save_for_backward(d)
        ctx.beta = beta
        ad = d.abs()
        return torch.where(ad < beta, 0.5 * d * d / beta, ad - 0.5 * beta)

    @staticmethod
    def backward(ctx, grad):
        (d,) = ctx.saved_tensors
        beta = ctx.beta
        g = torch.where(d >= beta, torch.ones_like(d), torch.where(d >= 0, d / beta,
                        torch.where(d >= -beta, -d / beta, -torch.ones_like(d))))
        return grad * g, None


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    if beta == 0:
        loss = (input - target).abs()
    else:
        loss = _SmoothL1.apply(input - target, beta)
    if reduction == "none":
        return loss
    return loss.mean() if reduction == "mean" else loss.sum()
