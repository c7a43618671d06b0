# expect: forbidden
# torch.cov fetched by name.
import torch


def covariance(x, y, unbiased=True):
    cov = getattr(torch, "cov")
    m = torch.stack([torch.from_numpy(x.ravel() * 1.0), torch.from_numpy(y.ravel() * 1.0)])
    return float(cov(m, correction=int(unbiased))[0, 1])
