"""Reference: Kullback-Leibler divergence KL(p || q) per row."""
import torch


def kl_divergence(p: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    """p, q: [..., K] probability vectors along the last dim (same shape, float32/float64),
    q > 0 wherever p > 0. Returns sum_k p_k * ln(p_k / q_k) over the last dim, shape
    p.shape[:-1] (0-d for a [K] input), with 0 * ln(0 / q) = 0; same dtype and device."""
    terms = p * torch.log(p / q)
    # where p = 0 the term is 0 by convention (above it is 0 * -inf or 0 * nan = nan)
    return torch.where(p > 0, terms, torch.zeros_like(terms)).sum(-1)
