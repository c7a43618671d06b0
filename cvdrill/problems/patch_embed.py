"""patch_embed: ViT patch embedding, [B, C, H, W] -> [B, N, D], as Conv2d(kernel = stride = P)
followed by flatten(2).transpose(1, 2), written as reshape/permute + matmul.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/patch_embed/): accepted: row_loop_ok 0.87-1.4x,
tensor_unfold_einsum_ok 0.95-1.3x; too slow: per_patch_loop 17-27x. Limit 5x; the nearest class
is 3.3x from it.
"""
import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, shrink_rows
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


# ------------------------------------------------------------ known mistakes, named


def embed_with(images, weight, bias, patch_size, layout="ok"):
    """The patch embedding with the patches cut another way: "flat" (images.reshape(B, N, C*P*P)
    with no permute), "p1p2c" (each patch flattened pixel by pixel, channels innermost, the
    einops recipe), "columns" (patches numbered down the columns first) or "bdn" (the result
    left [B, D, N], as conv + flatten(2) without the transpose)."""
    import torch

    B, C, H, W = images.shape
    D, P = weight.shape[0], int(patch_size)
    h, w = H // P, W // P
    tiles = images.reshape(B, C, h, P, w, P)
    if layout == "flat":
        patches = images.reshape(B, h * w, C * P * P)
    elif layout == "p1p2c":
        patches = tiles.permute(0, 2, 4, 3, 5, 1).reshape(B, h * w, C * P * P)
    elif layout == "columns":
        patches = tiles.permute(0, 4, 2, 1, 3, 5).reshape(B, h * w, C * P * P)
    else:
        patches = tiles.permute(0, 2, 4, 1, 3, 5).reshape(B, h * w, C * P * P)
    out = torch.matmul(patches, weight.reshape(D, C * P * P).T)
    if bias is not None:
        out = out + bias
    return out.transpose(1, 2) if layout == "bdn" else out


VARIANTS = [
    Variant("a reshape without the permute", lambda *a: embed_with(*a, layout="flat"),
            "you reshape the images straight to [B, N, C*P*P]: each \"patch\" is then C*P*P consecutive values in "
            "memory (a run of pixel rows, which may cross from one channel into the next), not a P x P square; cut "
            "the squares first, reshape(B, C, H/P, P, W/P, P).permute(0, 2, 4, 1, 3, 5), then reshape to "
            "[B, N, C*P*P]",
            "你把图像直接 reshape 成 [B, N, C*P*P]：这样每个“块”是内存中连续的 C*P*P 个值（一段连续的像素行，可能从一个"
            "通道跨到下一个通道），而不是一个 P x P 的方块；要先切出方块：reshape(B, C, H/P, P, W/P, P).permute(0, 2, 4, 1, 3, 5)，"
            "再 reshape 成 [B, N, C*P*P]",
            name_zh="reshape 前没有 permute"),
    Variant("the einops (p1 p2 c) patch flattening", lambda *a: embed_with(*a, layout="p1p2c"),
            "you flatten each patch pixel by pixel with the channels innermost, as einops' "
            "'b c (h p1) (w p2) -> b (h w) (p1 p2 c)' does (with a learned nn.Linear that order is a free choice), "
            "but the weight is a conv kernel [D, C, P, P] and weight.reshape(D, -1) is channel-major, (c, y, x): "
            "flatten each patch as (c p1 p2), permute(0, 2, 4, 1, 3, 5)",
            "你把每个块按像素逐个展平、通道在最内层，就像 einops 的 'b c (h p1) (w p2) -> b (h w) (p1 p2 c)'"
            "（配合可学习的 nn.Linear 时这个顺序无所谓），但这里的权重是卷积核 [D, C, P, P]，weight.reshape(D, -1) "
            "是通道优先的 (c, y, x)：每个块要按 (c p1 p2) 展平，即 permute(0, 2, 4, 1, 3, 5)",
            name_zh="einops 的 (p1 p2 c) 块展平顺序"),
    Variant("patches numbered down the columns", lambda *a: embed_with(*a, layout="columns"),
            "your patch n is at column n // (H/P), row n % (H/P) (the two grid axes swapped in the permute, "
            "(0, 4, 2, ...) for (0, 2, 4, ...)); Conv2d + flatten(2) numbers them row by row: patch n is at row "
            "n // (W/P), column n % (W/P)",
            "你的第 n 个块位于第 n // (H/P) 列、第 n % (H/P) 行（permute 时网格的两个轴写反了，(0, 4, 2, ...) 而不是 "
            "(0, 2, 4, ...)）；Conv2d + flatten(2) 是逐行编号的：第 n 个块位于第 n // (W/P) 行、第 n % (W/P) 列",
            name_zh="块按列优先编号"),
    Variant("the [B, D, N] layout (flatten(2) without the transpose)", lambda *a: embed_with(*a, layout="bdn"),
            "you return [B, D, N], the layout of conv(images).flatten(2) (or of weight @ patches^T); a ViT's tokens "
            "are rows, [B, N, D]: flatten(2).transpose(1, 2), or patches @ weight.reshape(D, -1).T",
            "你返回的是 [B, D, N]，也就是 conv(images).flatten(2)（或 weight @ patches^T）的布局；ViT 的 token 是按行排列的 "
            "[B, N, D]：要 flatten(2).transpose(1, 2)，或者算 patches @ weight.reshape(D, -1).T",
            name_zh="[B, D, N] 布局（flatten(2) 之后没有 transpose）"),
]


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
    timed=Timed(make=_big, sizes=[32, 64, 128], ratio=5.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    variants=VARIANTS,
    terms=["[B, C, H, W]", "[D, C, P, P]", "[B, N, D]", "N = (H/P) * (W/P)", "row-major", "channel-major",
           "flatten(2).transpose(1, 2)", "bias=None", "B = 0", "stride", "dtype", "device", "float32", "float64",
           "rtol", "5x", "Tensor.unfold"],
)
