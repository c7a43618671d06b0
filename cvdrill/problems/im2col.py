"""im2col: every receptive field of an NCHW batch as a column, [N, C*kh*kw, L], with the
rows in channel-major (c, ki, kj) order, as torch.nn.functional.unfold."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, exact, shrink_rows


def _x(rng, n, c, h, w, dtype=np.float32):
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def _ramp(c, h, w, dtype=np.float64):
    """Values that name their place (c*1000 + row*10 + column): a wrong order shows."""
    v = np.arange(c)[:, None, None] * 1000.0 + np.arange(h)[None, :, None] * 10.0 + np.arange(w)[None, None, :]
    return v[None].astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("2 channels, kernel 2: rows ordered (c, ki, kj), columns (i, j) row-major", (_ramp(2, 3, 4), 2))
    yield Case("kernel (2, 3), non-square", (_ramp(1, 4, 5), (2, 3)))
    yield Case("padding 1: zeros at the border", (_ramp(2, 3, 3), 3), {"padding": 1})
    yield Case("stride 2", (_ramp(1, 5, 6), 2), {"stride": 2})
    yield Case("stride 3 > kernel 2 (pixels skipped)", (_ramp(2, 7, 8), 2), {"stride": 3})
    yield Case("dilation 2", (_ramp(1, 6, 6), 2), {"dilation": 2})
    yield Case("pairs: kernel (3, 2), dilation (1, 2), padding (2, 0), stride (2, 1)", (_ramp(2, 7, 6), (3, 2)),
               {"dilation": (1, 2), "padding": (2, 0), "stride": (2, 1)})
    yield Case("1x1 kernel (a reshape)", (_x(rng, 2, 3, 4, 5), 1))
    yield Case("kernel as large as the padded input (L = 1)", (_x(rng, 1, 3, 4, 5, f64), (6, 7)), {"padding": 1})
    yield Case("padding larger than half the kernel", (_ramp(1, 2, 2), 2), {"padding": 2})
    yield Case("N=0 (empty batch)", (_x(rng, 0, 3, 5, 5), 3), {"padding": 1})
    yield Case("C=1, float32", (_x(rng, 1, 1, 6, 6), 3))
    params = [  # n, c, h, w, kernel, dtype, keywords
        (2, 3, 16, 16, 3, f32, {"padding": 1}),
        (4, 8, 12, 10, 3, f64, {"stride": 2, "padding": 1}),
        (1, 16, 20, 20, 5, f32, {"padding": 2, "dilation": 2}),
        (3, 6, 11, 13, (3, 1), f64, {"stride": (1, 2), "padding": (1, 0), "dilation": (2, 1)}),
        (2, 4, 32, 32, 7, f32, {"stride": 2, "padding": 3}),
        (8, 2, 8, 8, 2, f64, {"stride": 2}),
        (1, 3, 40, 40, 4, f32, {"dilation": 3, "stride": 3}),
    ]
    for n, c, h, w, k, dt, kw in params:
        opts = ", ".join(f"{key}={v}" for key, v in kw.items()) or "stride 1, no padding"
        yield Case(f"random [{n},{c},{h},{w}], kernel {k}, {opts}, {np.dtype(dt).name}",
                   (_x(rng, n, c, h, w, dt), k), kw, random=True)


def _big(rng, n):
    return Case(f"[2,3,{n},{n}], kernel 3, padding 1", (_x(rng, 2, 3, n, n), 3), {"padding": 1})


FORBIDDEN = ["torch.nn.functional.unfold", "torch.nn.Unfold", "torch.nn.modules.fold.*", "torch._C._nn.im2col*",
             "torch.ops.aten.im2col*", "torch.ops.aten.unfold*"]

PROBLEM = Problem(
    slug="im2col",
    kind="torch",
    params=["input", "kernel_size", "dilation", "padding", "stride"],
    cases=cases,
    check=exact(),
    forbidden=FORBIDDEN,
    timed=Timed(make=_big, sizes=[32, 64, 128], ratio=10.0, floor=0.01, unit="H=W"),
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "[N, C*kh*kw, L]", "(c*kh + ki)*kw + kj", "l = i*Wo + j", "zero padding", "int or a pair",
           "floor", "dilation", "N = 0", "exactly equal", "dtype", "device", "float32", "float64", "10x",
           "Tensor.unfold", "allowed"],
)
