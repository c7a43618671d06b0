"""log_softmax: x - log(sum(exp(x))) along dim, stable; value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A
from ._softmax_cases import cases

FORBIDDEN = A.SOFTMAX

PROBLEM = Problem(
    slug="log_softmax",
    kind="torch",
    params=["x", "dim"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["x - log(sum(exp(x)))", "dim=-1", "negative", "maximum", "1000", "-2000", "nan", "-inf", "empty",
           "same shape, dtype and device", "requires_grad=True", "grad_output", "x.grad", "logsumexp", "rtol"],
)
