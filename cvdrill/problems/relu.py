"""relu: max(x, 0) with torch's gradient at 0 (which is 0); value and autograd gradient."""
from ..judge.spec import Problem, shrink_rows
from . import _activation as A

# leaky_relu(x, 0), elu(x, 0), threshold(x, 0, 0), hardtanh(x, 0, inf) are relu too
FORBIDDEN = A.RELU + A.LEAKY + A.ELU

PROBLEM = Problem(
    slug="relu",
    kind="torch",
    params=["x"],
    cases=lambda rng: A.elementwise_cases(rng),
    check=A.grad_check,
    driver=A.grad_driver(A.tensor_methods(FORBIDDEN)),
    forbidden_ops=['aten::relu', 'aten::relu_'],
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["max(x, 0)", "same shape, dtype and device", "empty", "requires_grad=True", "grad_output", "x.grad",
           "x = 0", "gradient there is 0", "clamp", "rtol"],
)
