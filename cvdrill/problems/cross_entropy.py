"""cross_entropy: softmax cross-entropy on class indices via a stable log-softmax, as
torch.nn.functional.cross_entropy (no weights, ignore_index or label smoothing);
value and autograd gradient."""
import numpy as np

from ..judge.spec import Case, Problem, shrink_rows
from ._loss_grad import grad_check, grad_driver


def _data(rng, n, c, dtype, scale=2.0):
    return rng.normal(0, scale, (n, c)).astype(dtype), rng.integers(0, c, n).astype(np.int64)


def cases(rng):
    f32, f64, i64 = np.float32, np.float64, np.int64
    for r in ("none", "mean", "sum"):
        yield Case(f"N=0, reduction={r}", (np.zeros((0, 3), f32), np.zeros(0, i64)), {"reduction": r})
    yield Case("default reduction (mean over N)", (np.array([[2.0, 1.0, 0.1], [0.5, 2.5, 0.3]], f32), np.array([0, 2], i64)))
    yield Case("one sample", (np.array([[0.0, 1.0, 2.0, 3.0]], f64), np.array([1], i64)), {"reduction": "sum"})
    yield Case("C=1: loss 0", (np.array([[3.0], [-1.0]], f32), np.array([0, 0], i64)), {"reduction": "none"})
    yield Case("equal logits: log C", (np.zeros((3, 4), f64), np.array([0, 3, 1], i64)), {"reduction": "none"})
    big = np.array([[1000.0, 0.0, -1000.0], [1000.0, 0.0, -1000.0], [-1000.0, 1000.0, 999.0], [500.0, 500.0, -500.0]])
    bt = np.array([0, 2, 2, 1], i64)
    yield Case("logits of +-1000 (no overflow)", (big.astype(f32), bt), {"reduction": "none"})
    yield Case("logits of +-1000, float64, mean", (big, bt))
    yield Case("all logits 1000 (shift by the row max)", (np.full((2, 5), 1000.0, f32), np.array([4, 0], i64)), {"reduction": "sum"})
    yield Case("target is the last class", (np.array([[0.1, 0.2, 3.0], [1.0, -1.0, 0.0]], f32), np.array([2, 2], i64)),
               {"reduction": "none"})
    params = [(10, 5, "none", 1.0), (64, 10, "mean", 3.0), (33, 100, "sum", 1.0), (200, 21, "mean", 50.0),
              (1000, 3, "none", 2.0), (128, 257, "mean", 10.0)]
    for i, (n, c, red, scale) in enumerate(params):
        dt = (f32, f64)[i % 2]
        yield Case(f"random N={n}, C={c} {np.dtype(dt).name}, logit scale {scale:g}", _data(rng, n, c, dt, scale),
                   {"reduction": red}, random=True)


_F = "torch.nn.functional"
PROBLEM = Problem(
    slug="cross_entropy",
    kind="torch",
    params=["logits", "target", "reduction"],
    cases=cases,
    check=grad_check(name="logits"),
    driver=grad_driver,
    # log_softmax in any spelling (torch., F., torch.special., Tensor method) is the step
    # to write; torch.logsumexp and softmax stay allowed. The public names come last: a
    # getattr string is reported by the last name with that leaf.
    forbidden=["*.log_softmax", "torch._log_softmax", "torch.special.log_softmax", "torch.log_softmax",
               "torch._C._nn.cross_entropy_loss", "torch._C._nn.nll_loss", "torch._C._nn.nll_loss_nd",
               "torch._C._nn.nll_loss2d", "torch.nn.modules.loss.CrossEntropyLoss", "torch.nn.modules.loss.NLLLoss",
               "torch.ops.aten.*log_softmax*", "torch.ops.aten.nll_loss*", "torch.ops.aten.cross_entropy*",
               f"{_F}.cross_entropy", f"{_F}.nll_loss", f"{_F}.log_softmax", f"{_F}.linear_cross_entropy",
               "torch.nn.CrossEntropyLoss", "torch.nn.NLLLoss", "torch.nn.LogSoftmax", "torch.nn.LinearCrossEntropyLoss"],
    shrink=shrink_rows(0, 1),
    terms=["[N, C]", "[N]", "int64", "row max", "1000", "\"none\"", "\"mean\"", "\"sum\"", "N = 0", "nan",
           "autograd", "fixed weights", "softmax(logits) - onehot(target)", "torch.logsumexp", "dtype", "device"],
)
