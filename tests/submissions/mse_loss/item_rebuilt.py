# expect: wrong_answer
# The reduced value taken out with .item() and put back in a new tensor: the graph is cut.
# message: input.grad is None
import torch


def mse_loss(input, target, reduction="mean"):
    loss = (input - target) ** 2
    if reduction == "none":
        return loss
    value = loss.mean().item() if reduction == "mean" else loss.sum().item()
    return torch.tensor(value, dtype=input.dtype, device=input.device)
