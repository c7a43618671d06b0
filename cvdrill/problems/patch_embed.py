"""patch_embed: ViT patch embedding, [B, C, H, W] -> [B, N, D], as Conv2d(kernel = stride = P)
followed by flatten(2).transpose(1, 2), written as reshape/permute + matmul."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, shrink_rows
from . import _attention as A


def _pe(rng, B, C, H, W, D, P, dtype=np.float32, bias=True):
    x = rng.normal(0, 1, (B, C, H, W)).astype(dtype)
    w = rng.normal(0, 1 / np.sqrt(C * P * P), (D, C, P, P)).astype(dtype)
    b = rng.normal(0, 0.5, D).astype(dtype) if bias else None
    return (x, w, b, P)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("P = 1: every pixel is a patch (a 1x1 convolution)", _pe(rng, 2, 3, 4, 5, 6, 1, f64))
    yield Case("P = H = W: one patch per image", _pe(rng, 2, 3, 6, 6, 5, 6))
    yield Case("H != W: 2 x 3 patches, row-major order", _pe(rng, 1, 2, 8, 12, 4, 4, f64))
    yield Case("3 x 2 patches (H > W)", _pe(rng, 2, 3, 9, 6, 4, 3, f64))
    yield Case("C = 1", _pe(rng, 2, 1, 8, 8, 3, 2))
    yield Case("bias None", _pe(rng, 2, 3, 8, 8, 5, 4, f64, bias=False))
    yield Case("D = 1", _pe(rng, 3, 2, 6, 6, 1, 3, f64))
    yield Case("B = 0 (empty batch): [0, N, D]", _pe(rng, 0, 3, 8, 8, 4, 4))
    # one bright pixel of channel 1, at row 5, column 2 of a 2-channel 8x8 image with 4x4
    # patches: patch 2 (row 1, column 0), offset (1, 1, 2) of the weight
    x = np.zeros((1, 2, 8, 8), f64)
    x[0, 1, 5, 2] = 1.0
    w = np.arange(3 * 2 * 4 * 4, dtype=f64).reshape(3, 2, 4, 4)
    yield Case("impulse: one pixel picks one weight (channel-major flattening, row-major patches)",
               (x, w, None, 4))
    params = [  # B, C, H, W, D, P, dtype
        (4, 3, 32, 32, 48, 8, f32),
        (2, 3, 224, 224, 64, 16, f32),  # ViT's 224x224 image in 16x16 patches (N = 196)
        (3, 4, 12, 20, 10, 4, f64),
        (2, 3, 64, 48, 32, 16, f32),
        (5, 2, 6, 9, 7, 3, f64),
        (1, 8, 14, 14, 16, 7, f64),
    ]
    for B, C, H, W, D, P, dt in params:
        yield Case(f"random [{B},{C},{H},{W}], {P}x{P} patches, D={D}, {np.dtype(dt).name}",
                   _pe(rng, B, C, H, W, D, P, dt), random=True)


def _big(rng, n):
    return Case(f"[8,3,{n},{n}], 4x4 patches, D=96", _pe(rng, 8, 3, n, n, 96, 4))


_F = "torch.nn.functional"
PROBLEM = Problem(
    slug="patch_embed",
    kind="torch",
    params=["images", "weight", "bias", "patch_size"],
    cases=cases,
    check=A.close_scaled(),
    forbidden=[f"{_F}.conv*", "torch.conv*", "torch.convolution", "torch._convolution*", "torch.cudnn_convolution*",
               "torch.mkldnn_convolution", "torch._C._VariableFunctions.conv*",
               "torch._C._VariableFunctions.*convolution*", "torch._C._nn.thnn_conv2d", "torch._C._nn.slow_conv*",
               "torch.nn.Conv*", "torch.nn.LazyConv*", "torch.nn.modules.conv.*", "torch.ops.aten.*conv*",
               f"{_F}.unfold", f"{_F}.fold", "torch.nn.Unfold", "torch.nn.Fold", "torch.nn.modules.fold.*",
               "torch._C._nn.im2col", "torch._C._nn.col2im", "torch.ops.aten.im2col*"],
    # Measured on a shared 2-core machine, one thread, at [8,3,128,128], 4x4 patches, D=96:
    # the reference 5-17 ms; a loop over patch rows 0.7x; a loop over the (i, j) patch
    # positions (batched over B) 2.4x; a loop over every patch of every image 17-77x.
    timed=Timed(make=_big, sizes=[32, 64, 128], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[B, C, H, W]", "[D, C, P, P]", "[B, N, D]", "N = (H/P) * (W/P)", "row-major", "channel-major",
           "flatten(2).transpose(1, 2)", "bias=None", "B = 0", "stride", "dtype", "device", "float32", "float64",
           "rtol", "10x", "Tensor.unfold"],
)
