"""tanh: the hyperbolic tangent, stable at |x| = 1000; value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

# tanh(x) = 2 sigmoid(2x) - 1: the sigmoid family would hand over the stability
FORBIDDEN = A.TANH + A.SIGMOID

PROBLEM = Problem(
    slug="tanh",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::tanh', 'aten::tanh_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["(exp(x) - exp(-x)) / (exp(x) + exp(-x))", "same shape, dtype and device", "empty", "|x| = 1000",
           "nan", "inf", "requires_grad=True", "grad_output", "x.grad", "x = 0", "tanh'(0) = 1", "rtol"],
)
