"""sigmoid: the logistic function, stable at |x| = 1000; value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

# tanh, logsigmoid, softplus and glu each give sigmoid in one line
FORBIDDEN = A.SIGMOID + A.TANH

PROBLEM = Problem(
    slug="sigmoid",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::sigmoid', 'aten::sigmoid_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["1 / (1 + exp(-x))", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "inf",
           "requires_grad=True", "grad_output", "x.grad", "x = 0", "0.25", "rtol"],
)
