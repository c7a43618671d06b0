"""Shared by the torchvision detection-op problems (roi_align, roi_pool, diou_loss,
ciou_loss, anchor_generator): roi inputs, the drivers that return (value, gradients), their
checks, and the forbidden families."""
from __future__ import annotations

import copy

import numpy as np

from ..judge.spec import Case, compare, shrink_rows
from . import _activation as A
from ._loss_grad import TOL as LOSS_TOL, grad_scale, upstream as loss_upstream

# ------------------------------------------------------------ forbidden families

TV_ROI = ["torchvision.ops.roi_align", "torchvision.ops.RoIAlign", "torchvision.ops.roi_align.*",
          "torchvision.ops.ps_roi_align", "torchvision.ops.PSRoIAlign", "torchvision.ops.ps_roi_align.*",
          "torchvision.ops.roi_pool", "torchvision.ops.RoIPool", "torchvision.ops.roi_pool.*",
          "torchvision.ops.ps_roi_pool", "torchvision.ops.PSRoIPool", "torchvision.ops.ps_roi_pool.*",
          "torchvision.ops.MultiScaleRoIAlign", "torchvision.ops.poolers.*", "torch.ops.torchvision.*",
          "torch.ops.torchvision", "mmcv.ops.*roi*", "mmcv.ops.*Roi*", "mmcv.ops.*RoI*",
          "detectron2.layers.*ROIAlign*", "detectron2.layers.*roi_align*", "detectron2.layers.*ROIPool*",
          "detectron2.modeling.poolers.*", "kornia.*roi*"]
# roi_align samples bilinearly: grid_sample with the right grid is roi_align in disguise
GRID_SAMPLE = ["torch.nn.functional.grid_sample", "torch.grid_sampler*", "torch._grid_sampler*",
               "torch.ops.aten.grid_sampler*", "torch.nn.functional.affine_grid", "torch.affine_grid_generator"]
TV_BOX_LOSS = ["torchvision.ops.distance_box_iou_loss", "torchvision.ops.complete_box_iou_loss",
               "torchvision.ops.generalized_box_iou_loss", "torchvision.ops.diou_loss.*",
               "torchvision.ops.ciou_loss.*", "torchvision.ops.giou_loss.*", "torchvision.ops._utils.*",
               "torchvision.ops.*box_iou*", "torchvision.ops.boxes.*", "mmdet.models.losses.*iou*",
               "mmdet.models.losses.*IoU*", "detectron2.layers.losses.*", "fvcore.nn.*iou*"]


# ------------------------------------------------------------ rois

ROI_TOL = {"torch.float32": (1e-5, 1e-5), "torch.float64": (1e-10, 1e-12)}


def feature(rng, n, c, h, w, dtype) -> np.ndarray:
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def rois(rng, k, n, h, w, scale, dtype, outside=0.15, small=0.1) -> np.ndarray:
    """[K,5] rois (batch index, x1, y1, x2, y2) in image coordinates (feature map / scale):
    most inside the image, some reaching past its borders, some under a pixel wide."""
    W, H = w / scale, h / scale
    x1 = rng.uniform(-outside * W, W * 0.9, k)
    y1 = rng.uniform(-outside * H, H * 0.9, k)
    bw = rng.uniform(0.05 * W, (0.6 + outside) * W, k)
    bh = rng.uniform(0.05 * H, (0.6 + outside) * H, k)
    tiny = rng.uniform(size=k) < small
    bw[tiny] = rng.uniform(0.05, 0.9, tiny.sum()) / scale
    bh[tiny] = rng.uniform(0.05, 0.9, tiny.sum()) / scale
    b = rng.integers(0, n, k)
    return np.stack([b, x1, y1, x1 + bw, y1 + bh], axis=1).astype(dtype)


def roi_grad_driver(fn, args, kwargs):
    """Call fn with a fresh leaf `input` (requires_grad=True; boxes as given) and backpropagate
    the seeded grad_output (values in [-1, 1], a function of the output's shape only);
    returns (output, input.grad). No gradient is taken of an empty output."""
    import torch

    x = args[0].detach().clone().requires_grad_(True)
    out = fn(x, *args[1:], **kwargs)
    if not isinstance(out, torch.Tensor):
        return out, None
    if out.numel() and out.requires_grad and out.is_floating_point():
        out.backward(A.upstream(out))
    return out.detach(), x.grad


def roi_grad_check(case, expected, got):
    rtol, atol = ROI_TOL.get(getattr(expected[0], "dtype", ""), ROI_TOL["torch.float32"])
    if not isinstance(got, tuple) or len(got) != 2:
        return compare(expected, got, what="result")
    msg = compare(expected[0], got[0], rtol, atol, what="output")
    if msg:
        return msg
    if expected[0].array.size == 0:
        return None
    if got[1] is None and not expected[1].array.any():
        return None  # no sample reached the input (rois outside, no samples): a zero gradient
    if got[1] is None:
        return ("input.grad is None after output.backward(grad_output): the output is not a differentiable "
                "function of `input` (no .detach(), .item(), .tolist(), numpy or torch.no_grad() on the way)")
    return compare(expected[1], got[1], rtol, atol, what="input.grad (by autograd, for a seeded grad_output)")


def roi_exact_check(case, expected, got):
    return compare(expected, got, exact=True, what="output")


shrink_rois = shrink_rows(1)

# ------------------------------------------------------------ paired box losses


def pair_driver(fn, args, kwargs):
    """Call fn with fresh leaves boxes1, boxes2 (requires_grad=True) and backpropagate
    (1 for a reduced loss; weights 1, 1.25, ..., 2 for reduction="none"); returns
    (loss, boxes1.grad, boxes2.grad)."""
    import torch

    b1 = args[0].detach().clone().requires_grad_(True)
    b2 = args[1].detach().clone().requires_grad_(True)
    out = fn(b1, b2, *args[2:], **kwargs)
    if not isinstance(out, torch.Tensor):
        return out, None, None
    if out.numel() and out.requires_grad and out.is_floating_point():
        out.backward(loss_upstream(out))
    return out.detach(), b1.grad, b2.grad


def kinks(b1: np.ndarray, b2: np.ndarray) -> np.ndarray:
    """Rows where the loss is not differentiable: a coordinate of one box equals the same
    coordinate of the other (min/max ties) or the boxes exactly touch (overlap 0 on an axis)."""
    a, b = b1.astype(np.float64), b2.astype(np.float64)
    same = (a == b).any(-1)
    iw = np.minimum(a[..., 2], b[..., 2]) - np.maximum(a[..., 0], b[..., 0])
    ih = np.minimum(a[..., 3], b[..., 3]) - np.maximum(a[..., 1], b[..., 1])
    return same | (iw == 0) | (ih == 0)


def pair_check(case, expected, got):
    """The loss first; then each gradient, except on the rows of `kinks` (any subgradient
    there is accepted)."""
    rtol, atol = LOSS_TOL.get(getattr(expected[0], "dtype", ""), LOSS_TOL["torch.float32"])
    if not isinstance(got, tuple) or len(got) != 3:
        return compare(expected, got, what="result")
    msg = compare(expected[0], got[0], rtol, atol, what="loss")
    if msg:
        return msg
    if expected[0].array.size == 0 or expected[1] is None:
        return None
    smooth = ~kinks(case.args[0], case.args[1])[..., None]
    for i, name in ((1, "boxes1"), (2, "boxes2")):
        exp_g, got_g = expected[i], got[i]
        if got_g is None:
            return (f"{name}.grad is None after loss.backward(): the loss is not a differentiable function "
                    f"of `{name}` (no .detach(), .item(), .tolist(), numpy or torch.no_grad() on the way)")
        if getattr(got_g, "shape", None) == exp_g.shape:
            mask = np.broadcast_to(smooth, exp_g.shape)
            got_g = copy.copy(got_g)
            got_g.array = np.where(mask, got_g.array, exp_g.array).astype(got_g.array.dtype)
        msg = compare(exp_g, got_g, rtol, atol * grad_scale(exp_g.array), what=f"{name}.grad (by autograd)")
        if msg:
            return msg
    return None


def _boxes(rng, n, dtype, size=50.0):
    xy = rng.uniform(0, size, (n, 2))
    wh = rng.uniform(size / 50, size / 2, (n, 2))
    return np.concatenate([xy, xy + wh], axis=1).astype(dtype)


def pair_cases(rng):
    """Cases shared by diou_loss and ciou_loss."""
    f32, f64 = np.float32, np.float64
    for r in ("none", "mean", "sum"):
        yield Case(f"N = 0, reduction={r} (mean: 0., not nan)", (np.zeros((0, 4), f32), np.zeros((0, 4), f32)),
                   {"reduction": r})
    yield Case("identical boxes: loss 0 (up to eps)", (np.array([[1, 2, 5, 7], [0, 0, 10, 3]], f64),) * 2)
    # same centre, different shape: the distance term is 0, only IoU (and ciou's v) count
    yield Case("same centre, different aspect", (np.array([[0, 0, 4, 2]], f64), np.array([[1, -1, 3, 3]], f64)))
    # no overlap at all: IoU 0, the loss is 1 + rho^2 / c^2 (> 1)
    yield Case("disjoint boxes (loss > 1)", (np.array([[0, 0, 1, 1], [0, 0, 2, 2]], f64),
                                           np.array([[3, 4, 5, 5], [10, 0, 11, 3]], f64)))
    yield Case("touching edges (overlap exactly 0)", (np.array([[0, 0, 2, 2]], f32), np.array([[2, 0.5, 3, 1.5]], f32)))
    yield Case("nested box", (np.array([[0, 0, 10, 10]], f64), np.array([[2.5, 3, 4.5, 8]], f64)))
    yield Case("single boxes of shape [4] (0-d loss)", (np.array([0.5, 1, 4, 3], f64), np.array([1, 0, 5, 2.5], f64)))
    yield Case("eps=0.5 (a large eps shows where it goes)", (_boxes(rng, 6, f64, 4.0), _boxes(rng, 6, f64, 4.0)),
               {"eps": 0.5})
    yield Case("eps=1e-3, reduction='mean' by position", (_boxes(rng, 5, f64, 2.0), _boxes(rng, 5, f64, 2.0), "mean", 1e-3))
    yield Case("boxes of 1000s of pixels, float32", (_boxes(rng, 8, f32, 3000.0), _boxes(rng, 8, f32, 3000.0)))
    params = [(7, f32, "none", 50.0), (40, f64, "mean", 20.0), (64, f32, "sum", 100.0), (25, f64, "none", 5.0),
              (100, f32, "mean", 300.0), (33, f64, "sum", 1.0)]
    for n, dt, red, size in params:
        a = _boxes(rng, n, dt, size)
        # half of the pairs are jittered copies (overlapping, as a regression target), half random
        b = _boxes(rng, n, dt, size)
        near = rng.uniform(size=n) < 0.5
        b[near] = (a[near] + rng.normal(0, size / 30, (near.sum(), 4))).astype(dt)
        b[near, 2:] = np.maximum(b[near, 2:], b[near, :2] + size / 100)
        yield Case(f"random N={n} {np.dtype(dt).name}, reduction={red}", (a, b.astype(dt)), {"reduction": red},
                   random=True)


def shrink_pairs(case):
    if case.args[0].ndim != 2:
        return []
    return shrink_rows(0, 1)(case)
