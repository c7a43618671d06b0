"""The js_divergence reference against scipy.spatial.distance.jensenshannon (natural log,
base=None) squared: scipy returns the JS distance, the square root of the divergence."""
import numpy as np
import pytest
import torch
from scipy.spatial.distance import jensenshannon

from cvdrill.judge import gen
from cvdrill.judge.run import case_rng, load_problem, load_reference

js_divergence = load_reference("js_divergence", "js_divergence")


def oracle(p, q):
    p, q = p.astype(np.float64), q.astype(np.float64)
    if p.size == 0:
        return np.zeros(p.shape[:-1])
    # scipy normalises each row by its sum first; the rows here already sum to 1
    return jensenshannon(p, q, axis=-1) ** 2


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("shape", [(7,), (5, 3), (4, 3, 10), (0, 6), (3, 1), (2, 2, 2, 50)])
def test_against_scipy(shape, dtype):
    rng = np.random.default_rng(2)
    n = int(np.prod(shape[:-1]))
    p = gen.prob_rows(rng, n, shape[-1]).reshape(shape).astype(dtype)
    q = gen.prob_rows(rng, n, shape[-1]).reshape(shape).astype(dtype)
    got = js_divergence(torch.from_numpy(p), torch.from_numpy(q))
    assert got.shape == shape[:-1] and got.dtype == torch.from_numpy(p).dtype
    tol = 1e-5 if dtype == np.float32 else 1e-12
    np.testing.assert_allclose(got.numpy(), oracle(p, q), rtol=tol, atol=tol)


def test_bounds_and_symmetry():
    p = torch.tensor([[0.5, 0.5, 0.0, 0.0], [0.2, 0.3, 0.5, 0.0]], dtype=torch.float64)
    q = torch.tensor([[0.0, 0.0, 0.3, 0.7], [0.2, 0.3, 0.5, 0.0]], dtype=torch.float64)
    got = js_divergence(p, q)
    assert abs(got[0].item() - np.log(2)) < 1e-15 and got[1].item() == 0
    torch.testing.assert_close(got, js_divergence(q, p))


def test_judge_cases_against_scipy():
    for c in load_problem("js_divergence").cases(case_rng(2026, "js_divergence")):
        p, q = c.args
        got = js_divergence(torch.from_numpy(p), torch.from_numpy(q)).numpy()
        tol = 1e-5 if p.dtype == np.float32 else 1e-12
        np.testing.assert_allclose(got, oracle(p, q), rtol=tol, atol=tol, err_msg=c.name)
