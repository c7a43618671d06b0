"""leaky_relu: x or negative_slope * x, with torch's gradient at 0 (negative_slope);
value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

FORBIDDEN = A.LEAKY

SLOPES = ({}, {"negative_slope": 0.2}, {"negative_slope": 0.0}, {"negative_slope": 0.1})


def cases(rng):
    yield from A.elementwise_cases(rng, SLOPES)
    # the slope by position, as F.leaky_relu(x, 0.3) is called
    yield A.Case("negative_slope=0.3 given by position", (A.POINTS.astype("float64"), 0.3))


PROBLEM = Problem(
    slug="leaky_relu",
    kind="torch",
    params=["x", "negative_slope"],
    cases=cases,
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::leaky_relu', 'aten::leaky_relu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["negative_slope * x", "x > 0", "0.01", "same shape, dtype and device", "empty", "requires_grad=True",
           "grad_output", "x.grad", "x = 0", "is negative_slope", "rtol"],
)
