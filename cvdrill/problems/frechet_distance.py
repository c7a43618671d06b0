"""frechet_distance: FID's formula, ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 sqrtm(S1 S2)), as
pytorch-fid's calculate_frechet_distance; a Python float."""
import math

import numpy as np

from ..judge.spec import Case, Problem, compare

RTOL, ATOL = 1e-6, 1e-7  # ATOL per unit of Tr(S1) + Tr(S2) + 1: float64 sqrtm/eig agree to ~1e-9


def _stats(rng, n, d, shift=0.0, scale=1.0):
    """Mean and covariance (np.cov, 1/(n-1)) of n correlated samples in d dimensions."""
    a = rng.normal(size=(d, d)) / math.sqrt(d)
    x = rng.normal(size=(n, d)) @ a * scale + shift
    return x.mean(0), np.cov(x, rowvar=False).reshape(d, d)


def _rot(t):
    return np.array([[math.cos(t), -math.sin(t)], [math.sin(t), math.cos(t)]])


def cases(rng):
    yield Case("D=1: (m1 - m2)^2 + (s1 - s2)^2 = 1.5^2 + (2 - 1)^2",
               (np.array([0.5]), np.array([[4.0]]), np.array([-1.0]), np.array([[1.0]])))
    yield Case("diagonal covariances: sum of (m1-m2)^2 + (sqrt(a) - sqrt(b))^2",
               (np.array([0.0, 1.0, 2.0, -1.0]), np.diag([1.0, 4.0, 9.0, 0.25]),
                np.array([1.0, 1.0, 0.0, 0.0]), np.diag([4.0, 1.0, 1.0, 1.0])))
    m, s = _stats(rng, 100, 8)
    yield Case("identical statistics: 0", (m, s, m.copy(), s.copy()))
    m2 = m + rng.normal(0, 0.5, m.shape)
    yield Case("same covariance, different means: ||mu1 - mu2||^2", (m, s, m2, s.copy()))
    s1 = _rot(0.3) @ np.diag([4.0, 0.25]) @ _rot(0.3).T
    s2 = _rot(1.1) @ np.diag([1.0, 9.0]) @ _rot(1.1).T
    yield Case("2-D covariances that do not commute (sqrtm(S1 S2) != sqrtm(S1) sqrtm(S2))",
               (np.zeros(2), s1, np.zeros(2), s2))
    ma, sa = _stats(rng, 5, 10)
    mb, sb = _stats(rng, 50, 10, 0.2)
    yield Case("singular S1: D=10 from 5 samples (sqrtm stays finite: no eps)", (ma, sa, mb, sb))
    mc, sc = _stats(rng, 30, 64)
    md, sd = _stats(rng, 30, 64, 0.1)
    yield Case("both singular: D=64 from 30 samples each", (mc, sc, md, sd))
    yield Case("one covariance all zero (sqrtm(0) = 0)", (m, s, m2, np.zeros_like(s)))
    for n1, n2, d, shift, scale in ((200, 200, 16, 0.3, 1.0), (300, 250, 32, 0.0, 2.0), (500, 400, 64, 0.5, 1.0),
                                    (80, 120, 5, 1.0, 10.0), (1000, 1000, 3, 0.05, 0.1)):
        ma, sa = _stats(rng, n1, d)
        mb, sb = _stats(rng, n2, d, shift, scale)
        yield Case(f"random D={d} from {n1} and {n2} samples, shift {shift:g}, scale {scale:g}", (ma, sa, mb, sb),
                   random=True)


def _alts(mu1, s1, mu2, s2):
    import warnings

    from scipy import linalg

    diff = mu1 - mu2
    tr = np.trace(s1) + np.trace(s2)
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Matrix is singular": the candidates are only compared
        covmean = np.real(linalg.sqrtm(s1 @ s2))
        prod = np.real(linalg.sqrtm(s1) @ linalg.sqrtm(s2))
        eps = np.eye(len(mu1)) * 1e-6
        always = np.real(linalg.sqrtm((s1 + eps) @ (s2 + eps)))
        fid = diff @ diff + tr - 2 * np.trace(covmean)
        return [
            (diff @ diff + tr - np.trace(covmean), " (the factor 2 in front of Tr(sqrtm(S1 S2)) is missing)"),
            (diff @ diff + tr - 2 * np.trace(prod),
             " (sqrtm(S1) @ sqrtm(S2) is not sqrtm(S1 @ S2) unless the covariances commute)"),
            (diff @ diff + tr - 2 * np.trace(np.sqrt(np.abs(s1 @ s2))),
             " (np.sqrt is elementwise: the matrix square root is scipy.linalg.sqrtm)"),
            (diff @ diff + tr - 2 * np.trace(np.sqrt(np.abs(s1 * s2))),
             " (elementwise products and roots: the matrix square root is of the matrix product S1 @ S2)"),
            (math.sqrt(max(fid, 0.0)), " (the square root of the FID: FID is the squared distance d^2)"),
            (math.sqrt(diff @ diff) + tr - 2 * np.trace(covmean), " (||mu1 - mu2|| not squared)"),
            (diff @ diff + tr - 2 * np.trace(always),
             " (eps added to the diagonals although sqrtm's result was finite: pytorch-fid adds it only when it is not)"),
        ]


def check(case, expected, got):
    if isinstance(got, np.ndarray) and got.ndim:
        return f"returned a numpy array of shape [{','.join(map(str, got.shape))}], expected a Python float"
    s1, s2 = case.args[1], case.args[3]
    atol = ATOL * (float(np.trace(s1) + np.trace(s2)) + 1.0)
    msg = compare(expected, got, RTOL, atol, what="result")
    if msg and "expected" in msg and isinstance(got, (float, np.floating)) and math.isfinite(float(got)):
        for value, hint in _alts(*case.args):
            if math.isclose(float(got), float(value), rel_tol=RTOL, abs_tol=atol):
                return msg + hint
    return msg


PROBLEM = Problem(
    slug="frechet_distance",
    kind="numpy",
    params=["mu1", "sigma1", "mu2", "sigma2"],
    cases=cases,
    check=check,
    # whole-FID packages only: scipy.linalg.sqrtm is allowed (pytorch-fid itself uses it)
    forbidden=["pytorch_fid.*", "torchmetrics.*", "cleanfid.*", "torch_fidelity.*", "piq.FID", "piq.fid.*",
               "tensorflow_gan.*", "ignite.metrics.FID"],
    terms=["||mu1 - mu2||^2", "sqrtm(sigma1 @ sigma2)", "scipy.linalg.sqrtm", "1e-6", "not finite",
           "imaginary part", "real part", "Python float", "float64", "[D,D]", "singular", "squared",
           "1e-7"],
)
