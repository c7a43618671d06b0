# expect: forbidden
# pytorch-fid's own function.
# message: pytorch_fid
from pytorch_fid.fid_score import calculate_frechet_distance


def frechet_distance(mu1, sigma1, mu2, sigma2):
    return float(calculate_frechet_distance(mu1, sigma1, mu2, sigma2))
