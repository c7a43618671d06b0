"""channel_shuffle: ShuffleNet's channel shuffle of an NCHW tensor, as torch.nn.ChannelShuffle:
[N, g, C/g, H, W] -> transpose(1, 2) -> [N, C, H, W]."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, compare, shrink_rows


def shuffle_np(x: np.ndarray, groups: int) -> np.ndarray:
    n, c, h, w = x.shape
    return x.reshape(n, groups, c // groups, h, w).transpose(0, 2, 1, 3, 4).reshape(n, c, h, w)


def _ids(n, c, h=1, w=1, dtype=np.int64):
    """Every value names its channel (and position), so a wrong order is easy to read."""
    return (np.arange(c)[None, :, None, None] * 100 + np.arange(h * w).reshape(1, 1, h, w)
            + np.arange(n)[:, None, None, None] * 10000).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("C=6, groups=2: channels 0,3,1,4,2,5", (np.arange(6).reshape(1, 6, 1, 1), 2))
    yield Case("C=6, groups=3: channels 0,2,4,1,3,5", (np.arange(6).reshape(1, 6, 1, 1), 3))
    yield Case("C=12, groups=3, two samples", (_ids(2, 12), 3))
    yield Case("C=8, groups=4, 2x3 pixels, float32", (_ids(1, 8, 2, 3, f32), 4))
    yield Case("groups=1 (unchanged)", (_ids(1, 5, 2, 2), 1))
    yield Case("groups=C (unchanged)", (_ids(1, 5, 2, 2), 5))
    yield Case("C=4, groups=2 (groups = C/groups)", (_ids(1, 4, 1, 2), 2))
    yield Case("uint8", (rng.integers(0, 256, (2, 6, 3, 3)).astype(np.uint8), 3))
    yield Case("bool", (rng.uniform(size=(1, 10, 2, 2)) < 0.5, 2))
    yield Case("N=0 (empty batch)", (np.zeros((0, 6, 2, 2), f32), 2))
    params = [((2, 24, 5, 7), 4, f32), ((3, 18, 4, 4), 3, f64), ((1, 116, 7, 7), 2, f32), ((4, 240, 3, 3), 3, f32),
              ((2, 32, 6, 6), 8, np.int64), ((2, 60, 2, 5), 5, np.uint8), ((8, 48, 1, 1), 6, f64)]
    for shape, g, dt in params:
        x = rng.normal(0, 1, shape) if np.dtype(dt).kind == "f" else rng.integers(0, 200, shape)
        yield Case(f"random [{','.join(map(str, shape))}], groups={g}, {np.dtype(dt).name}", (x.astype(dt), g),
                   random=True)


def check(case, expected, got):
    msg = compare(expected, got, exact=True)
    if msg and getattr(got, "shape", None) == expected.shape:
        x, g = case.args
        c = x.shape[1]
        if np.array_equal(got.array, x):
            msg += " (the channels did not move: a reshape alone changes nothing; transpose before flattening back)"
        elif 1 < g < c and np.array_equal(got.array, shuffle_np(x, c // g)):
            msg += (f" (this is the shuffle with the two factors swapped, [N, C/groups, groups, H, W]"
                    f" = [N, {c // g}, {g}, H, W]; view the channels as [N, groups, C/groups, H, W])")
    return msg


def _factors_swapped(x, groups):
    # the channels viewed as [C/groups, groups]: the shuffle with C/groups groups (its inverse)
    n, c, h, w = x.shape
    return x.reshape(n, c // groups, groups, h, w).transpose(1, 2).reshape(n, c, h, w)


def _reshape_only(x, groups):
    # viewed as [N, groups, C/groups, H, W] and flattened straight back: nothing moves
    return x.clone()


VARIANTS = [
    Variant("the factors swapped", _factors_swapped,
            "the channels are viewed as [N, C/groups, groups, H, W] before the transpose, which is the shuffle "
            "with C/groups groups, the inverse permutation (C = 6, groups = 2: channels 0, 2, 4, 1, 3, 5); "
            "ShuffleNet views them as [N, groups, C/groups, H, W]: channels 0, 3, 1, 4, 2, 5",
            "转置前把通道视为 [N, C/groups, groups, H, W]，这相当于分成 C/groups 组的 shuffle，即逆排列"
            "（C = 6，groups = 2：通道 0, 2, 4, 1, 3, 5）；ShuffleNet 把通道视为 [N, groups, C/groups, H, W]："
            "通道 0, 3, 1, 4, 2, 5",
            name_zh="两个因子颠倒"),
    Variant("a reshape without the transpose", _reshape_only,
            "the tensor is reshaped to [N, groups, C/groups, H, W] and flattened back without a transpose, which "
            "moves nothing: the channels come back in their input order; transpose the two channel axes "
            "(`.transpose(1, 2)`) before flattening",
            "张量 reshape 成 [N, groups, C/groups, H, W] 后没有转置就直接展平回去，什么都没有移动：通道仍是输入的顺序；"
            "展平之前要交换两个通道维度（`.transpose(1, 2)`）",
            name_zh="只 reshape 不转置"),
]

_F = "torch.nn.functional"
PROBLEM = Problem(
    slug="channel_shuffle",
    kind="torch",
    params=["x", "groups"],
    cases=cases,
    check=check,
    forbidden=[f"{_F}.channel_shuffle", f"{_F}.native_channel_shuffle", "torch.channel_shuffle",
               "torch.native_channel_shuffle", "torch._C._VariableFunctions.*channel_shuffle",
               "torch.nn.ChannelShuffle", "torch.nn.modules.channelshuffle.ChannelShuffle",
               "torch.ops.aten.*channel_shuffle*", "torchvision.models.shufflenetv2.channel_shuffle"],
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "[N, groups, C/groups, H, W]", "transpose", "0, 3, 1, 4, 2, 5", "divides", "any dtype",
           "exactly", "N = 0", "device"],
    variants=VARIANTS,
)
