"""gelu: x * Phi(x) (erf form) or its tanh approximation, as F.gelu; value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

FORBIDDEN = A.GELU

FORMS = ({}, {"approximate": "tanh"}, {"approximate": "none"})

PROBLEM = Problem(
    slug="gelu",
    kind="torch",
    params=["x", "approximate"],
    cases=lambda rng: A.elementwise_cases(rng, FORMS),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["0.5 * x * (1 + erf(x / sqrt(2)))", "sqrt(2 / pi)", "0.044715", "approximate=\"none\"",
           "approximate=\"tanh\"", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "requires_grad=True",
           "grad_output", "x.grad", "rtol"],
)
