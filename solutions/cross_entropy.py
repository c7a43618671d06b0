"""Reference: softmax cross-entropy on class indices, as torch.nn.functional.cross_entropy
(no class weights, no ignore_index, no label smoothing)."""
import torch


def cross_entropy(logits: torch.Tensor, target: torch.Tensor, reduction: str = "mean") -> torch.Tensor:
    """logits: [N, C] float; target: [N] int64 class indices in [0, C).

    loss_i = -log softmax(logits_i)[target_i] = logsumexp(logits_i) - logits_i[target_i],
    with the row max subtracted before exp (no overflow at any finite logit).
    reduction "none" ([N]), "mean" (0-d, over the N rows; nan when N == 0), "sum".
    Its autograd gradient is softmax(logits) - onehot(target) (/ N for "mean").
    Keeps the logits' dtype and device.
    """
    m = logits.max(dim=1, keepdim=True).values.detach()  # the shift cancels in the gradient
    shifted = logits - m
    log_z = torch.log(torch.exp(shifted).sum(dim=1))
    loss = log_z - shifted.gather(1, target[:, None]).squeeze(1)
    if reduction == "none":
        return loss
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    raise ValueError(f"{reduction} is not a valid value for reduction")
