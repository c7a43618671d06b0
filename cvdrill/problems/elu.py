"""elu: x or alpha * (exp(x) - 1), with torch's gradient at 0 (alpha), no nan at x = 1000;
value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

FORBIDDEN = A.ELU

ALPHAS = ({}, {"alpha": 0.5}, {"alpha": 2.0})


def cases(rng):
    yield from A.elementwise_cases(rng, ALPHAS)
    yield A.Case("alpha=1.5 given by position", (A.POINTS.astype("float64"), 1.5))


PROBLEM = Problem(
    slug="elu",
    kind="torch",
    params=["x", "alpha"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::elu', 'aten::elu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["alpha * (exp(x) - 1)", "x > 0", "1.0", "same shape, dtype and device", "empty", "|x| = 1000", "nan",
           "inf", "requires_grad=True", "grad_output", "x.grad", "x = 0", "is alpha", "rtol"],
)
