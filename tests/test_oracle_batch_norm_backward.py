"""The batch_norm_backward reference against autograd through
torch.nn.functional.batch_norm(training=True) on every judged case and device, and
against central differences of a forward written out in float64 (independent of both the
closed form and autograd)."""
import pytest
import torch
import torch.nn.functional as F

from cvdrill.judge.run import load_reference
from oracle_norm import DEVICES, check_every_case

batch_norm_backward = load_reference("batch_norm_backward", "batch_norm_backward")


def autograd_bn(x, gamma, dout, eps=1e-5):
    xs = x.detach().clone().requires_grad_(True)
    gs = gamma.detach().clone().requires_grad_(True)
    bs = torch.zeros_like(gamma, requires_grad=True)
    y = F.batch_norm(xs, None, None, gs, bs, training=True, eps=eps)
    y.backward(dout)
    return xs.grad, gs.grad, bs.grad


def test_every_judged_case():
    check_every_case("batch_norm_backward", autograd_bn, through_driver=False)


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("shape", [(2, 3), (5, 4), (3, 2, 2, 3), (1, 2, 3, 1)])
def test_against_autograd_extra(device, shape):
    gen = torch.Generator().manual_seed(5)
    for dtype, tol in ((torch.float64, 1e-10), (torch.float32, 1e-4)):
        x = (torch.randn(shape, generator=gen, dtype=torch.float64) * 2 + 3).to(dtype).to(device)
        gamma = torch.randn(shape[1], generator=gen, dtype=torch.float64).to(dtype).to(device)
        dout = torch.randn(shape, generator=gen, dtype=torch.float64).to(dtype).to(device)
        for r, e in zip(batch_norm_backward(x, gamma, dout, eps=1e-3), autograd_bn(x, gamma, dout, eps=1e-3)):
            assert r.dtype == e.dtype and r.device == e.device and r.shape == e.shape
            torch.testing.assert_close(r, e, rtol=tol, atol=tol)


def loss(x, gamma, beta, dout, eps):
    """sum(dout * y) for y the training-mode BN of x, written out (float64)."""
    dims = (0,) + tuple(range(2, x.dim()))
    shape = (1, -1) + (1,) * (x.dim() - 2)
    mean = x.mean(dim=dims, keepdim=True)
    var = ((x - mean) ** 2).mean(dim=dims, keepdim=True)
    y = (x - mean) / torch.sqrt(var + eps) * gamma.reshape(shape) + beta.reshape(shape)
    return float((dout * y).sum())


def central_differences(x, gamma, dout, eps, h=1e-6):
    beta = torch.zeros_like(gamma)
    out = []
    for t in (x, gamma, beta):
        grad = torch.zeros_like(t)
        flat, gflat = t.view(-1), grad.view(-1)
        for i in range(flat.numel()):
            old = flat[i].item()
            flat[i] = old + h
            up = loss(x, gamma, beta, dout, eps)
            flat[i] = old - h
            down = loss(x, gamma, beta, dout, eps)
            flat[i] = old
            gflat[i] = (up - down) / (2 * h)
        out.append(grad)
    return out


def test_against_central_differences():
    gen = torch.Generator().manual_seed(6)
    for shape in [(4, 3), (2, 2, 2, 3)]:
        x = torch.randn(shape, generator=gen, dtype=torch.float64) * 1.5 + 0.5
        gamma = torch.rand(shape[1], generator=gen, dtype=torch.float64) + 0.5
        dout = torch.randn(shape, generator=gen, dtype=torch.float64)
        for r, e in zip(batch_norm_backward(x, gamma, dout, eps=1e-2), central_differences(x, gamma, dout, 1e-2)):
            torch.testing.assert_close(r, e, rtol=1e-6, atol=1e-7)
