"""The sgd_momentum_step reference against torch.optim.SGD itself (foreach=False): every
judged case from its given state, and several chained steps from no buffers."""
import pytest
import torch

from cvdrill.judge.run import load_reference
from oracle_optim import assert_lists_close, check_every_case, torch_sgd

sgd_momentum_step = load_reference("sgd_momentum_step", "sgd_momentum_step")


def test_every_judged_case_matches_torch_sgd():
    check_every_case("sgd_momentum_step", torch_sgd)


@pytest.mark.parametrize("kw", [{}, {"momentum": 0.5, "dampening": 0.3}, {"nesterov": True, "weight_decay": 0.01},
                                {"momentum": 0.0, "weight_decay": 0.1}, {"dampening": 0.9, "weight_decay": 1e-3}])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_chained_steps_match_torch_sgd(kw, dtype):
    g = torch.Generator().manual_seed(7)
    shapes = [(3, 4), (5,), ()]
    params = [torch.randn(s, generator=g, dtype=dtype) for s in shapes]
    ps = [torch.nn.Parameter(p.clone()) for p in params]
    opt = torch.optim.SGD(ps, lr=0.05, foreach=False, **{"momentum": 0.9, **kw})
    bufs = None
    for _ in range(6):
        grads = [torch.randn(s, generator=g, dtype=dtype) for s in shapes]
        for p, gr in zip(ps, grads):
            p.grad = gr.clone()
        opt.step()
        params, bufs = sgd_momentum_step(params, grads, bufs, 0.05, **kw)
        assert_lists_close(params, [p.detach() for p in ps], dtype)
        if kw.get("momentum", 0.9) != 0:
            assert_lists_close(bufs, [opt.state[p]["momentum_buffer"] for p in ps], dtype)
        else:
            assert bufs is None


def test_inputs_not_modified():
    p, gr = [torch.ones(3)], [torch.full((3,), 2.0)]
    b = [torch.full((3,), 0.5)]
    new_p, new_b = sgd_momentum_step(p, gr, b, 0.1)
    assert torch.equal(p[0], torch.ones(3)) and torch.equal(b[0], torch.full((3,), 0.5))
    torch.testing.assert_close(new_b[0], torch.full((3,), 0.9 * 0.5 + 2.0))
    torch.testing.assert_close(new_p[0], 1 - 0.1 * new_b[0])
