"""The adamw_step reference against torch.optim.AdamW itself (foreach=False, amsgrad=False):
every judged case from its given state, and several chained steps from zero moments."""
import pytest
import torch

from cvdrill.judge.run import load_reference
from oracle_optim import assert_lists_close, check_every_case, torch_adam

adamw_step = load_reference("adamw_step", "adamw_step")


def test_every_judged_case_matches_torch_adamw():
    check_every_case("adamw_step", torch_adam(torch.optim.AdamW))


@pytest.mark.parametrize("kw", [{}, {"weight_decay": 0.1}, {"betas": (0.5, 0.9), "eps": 1e-3},
                                {"lr": 0.1, "weight_decay": 0.5}])
@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
def test_chained_steps_match_torch_adamw(kw, dtype):
    g = torch.Generator().manual_seed(11)
    shapes = [(3, 4), (5,), ()]
    params = [torch.randn(s, generator=g, dtype=dtype) for s in shapes]
    ps = [torch.nn.Parameter(p.clone()) for p in params]
    kw = {"lr": 0.01, **kw}
    opt = torch.optim.AdamW(ps, foreach=False, **kw)
    m = [torch.zeros(s, dtype=dtype) for s in shapes]
    v = [torch.zeros(s, dtype=dtype) for s in shapes]
    scale = 1.0
    for t in range(1, 8):
        grads = [torch.randn(s, generator=g, dtype=dtype) * 10 ** (-t % 3) for s in shapes]
        for p, gr in zip(ps, grads):
            p.grad = gr.clone()
        opt.step()
        scale = max(scale, max(float(gr.abs().max()) for gr in grads))
        params, m, v = adamw_step(params, grads, m, v, t, **kw)
        assert_lists_close(params, [p.detach() for p in ps], dtype)
        assert_lists_close(m, [opt.state[p]["exp_avg"] for p in ps], dtype, scale)
        assert_lists_close(v, [opt.state[p]["exp_avg_sq"] for p in ps], dtype, scale ** 2)
