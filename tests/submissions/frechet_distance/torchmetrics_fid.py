# expect: forbidden
# torchmetrics' internal helper for the same formula.
import torch
from torchmetrics.image import fid


def frechet_distance(mu1, sigma1, mu2, sigma2):
    t = lambda a: torch.from_numpy(a)  # noqa: E731
    return float(fid._compute_fid(t(mu1), t(sigma1), t(mu2), t(sigma2)))
