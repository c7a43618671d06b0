"""frechet_distance: FID's formula, ||mu1 - mu2||^2 + Tr(S1 + S2 - 2 sqrtm(S1 S2)), as
pytorch-fid's calculate_frechet_distance; a Python float."""
import math
from functools import partial

import numpy as np

from ..judge.spec import Case, Problem, Variant, compare

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


def fd_with(mu1, sigma1, mu2, sigma2, root="sqrtm", always_eps=False, squared=True):
    """pytorch-fid's formula with one step changed: the root as sqrtm(S1) @ sqrtm(S2)
    (root="roots") or np.sqrt of the product (root="elementwise", nan where its diagonal is
    negative), eps added to the diagonals every time, or the square root of the result."""
    import warnings

    from scipy import linalg

    diff = mu1 - mu2
    with np.errstate(all="ignore"), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "Matrix is singular", "invalid value in sqrt"
        if root == "roots":
            covmean = linalg.sqrtm(sigma1) @ linalg.sqrtm(sigma2)
        elif root == "elementwise":
            covmean = np.sqrt(sigma1 @ sigma2)
        else:
            eps = np.eye(len(mu1)) * 1e-6
            covmean = linalg.sqrtm((sigma1 + eps) @ (sigma2 + eps)) if always_eps else linalg.sqrtm(sigma1 @ sigma2)
            if not np.isfinite(covmean).all():
                covmean = linalg.sqrtm((sigma1 + eps) @ (sigma2 + eps))
        d2 = float(diff @ diff + np.trace(sigma1) + np.trace(sigma2) - 2 * np.trace(np.real(covmean)))
    return d2 if squared else math.sqrt(max(d2, 0.0))


VARIANTS = [
    Variant("sqrtm(sigma1) @ sqrtm(sigma2)", partial(fd_with, root="roots"),
            "the trace term takes the product of the two matrix square roots, sqrtm(sigma1) @ sqrtm(sigma2); that "
            "equals sqrtm(sigma1 @ sigma2) only when the covariances commute (diagonal ones, say): FID uses the "
            "square root of the product, `scipy.linalg.sqrtm(sigma1 @ sigma2)`",
            "迹项用了两个矩阵平方根的乘积 sqrtm(sigma1) @ sqrtm(sigma2)；只有两个协方差矩阵可交换时（例如都是对角阵）"
            "它才等于 sqrtm(sigma1 @ sigma2)：FID 用的是乘积的平方根 `scipy.linalg.sqrtm(sigma1 @ sigma2)`",
            name_zh="sqrtm(sigma1) @ sqrtm(sigma2)"),
    Variant("an elementwise square root", partial(fd_with, root="elementwise"),
            "np.sqrt(sigma1 @ sigma2) takes the root of each entry (nan where a diagonal entry is negative), which "
            "is the matrix square root only for diagonal matrices; use the matrix square root, "
            "`scipy.linalg.sqrtm(sigma1 @ sigma2)`",
            "np.sqrt(sigma1 @ sigma2) 是对每个元素开方（对角元为负时得到 nan），只有对角矩阵时才等于矩阵平方根；"
            "应使用矩阵平方根 `scipy.linalg.sqrtm(sigma1 @ sigma2)`",
            name_zh="逐元素开方"),
    Variant("the distance, not its square", partial(fd_with, squared=False),
            "you return the square root of ||mu1 - mu2||^2 + Tr(sigma1 + sigma2 - 2 sqrtm(sigma1 @ sigma2)); FID "
            "is that expression itself, the squared Frechet distance d^2",
            "你返回了 ||mu1 - mu2||^2 + Tr(sigma1 + sigma2 - 2 sqrtm(sigma1 @ sigma2)) 的平方根；FID 就是这个式子本身，"
            "即 Frechet 距离的平方 d^2",
            name_zh="返回距离而不是距离的平方"),
    Variant("eps added every time", partial(fd_with, always_eps=True),
            "eps = 1e-6 is added to both diagonals before every square root; pytorch-fid adds it only when "
            "sqrtm(sigma1 @ sigma2) is not finite, and for a singular covariance the shift changes the result "
            "well beyond the tolerance",
            "每次开方前都给两个对角线加了 eps = 1e-6；pytorch-fid 只在 sqrtm(sigma1 @ sigma2) 不是有限值时才加，"
            "而对奇异的协方差矩阵，这个偏移对结果的影响远超容差",
            name_zh="总是加 eps"),
]

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
    variants=VARIANTS,
)
