"""Reference: Jensen-Shannon divergence per row."""
import torch


def _kl(p: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    terms = p * torch.log(p / q)
    return torch.where(p > 0, terms, torch.zeros_like(terms)).sum(-1)


def js_divergence(p: torch.Tensor, q: torch.Tensor) -> torch.Tensor:
    """p, q: [..., K] probability vectors along the last dim (same shape, float32/float64),
    zeros allowed anywhere. Returns 0.5 * KL(p || m) + 0.5 * KL(q || m), m = (p + q) / 2,
    natural log, 0 * ln(0 / x) = 0: shape p.shape[:-1] (0-d for a [K] input), values in
    [0, ln 2]; same dtype and device. (The divergence, not its square root, the JS distance.)
    m > 0 wherever p > 0 or q > 0, so every term is finite."""
    m = (p + q) / 2
    return 0.5 * _kl(p, m) + 0.5 * _kl(q, m)
