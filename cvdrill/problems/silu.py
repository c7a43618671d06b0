"""silu: x * sigmoid(x) (swish-1), no nan at x = -1000; value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

FORBIDDEN = A.SILU

PROBLEM = Problem(
    slug="silu",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::silu', 'aten::silu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["x * sigmoid(x)", "same shape, dtype and device", "empty", "|x| = 1000", "nan", "inf",
           "requires_grad=True", "grad_output", "x.grad", "x = 0", "rtol", "torch.sigmoid is allowed"],
)
