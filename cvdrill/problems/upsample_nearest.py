"""upsample_nearest: NCHW nearest-neighbour resizing to a size or by a scale factor, as
torch.nn.functional.interpolate(mode="nearest") on the CPU (the legacy "nearest": source
index floor(dst * scale) in float32, with the given scale factor when there is one)."""
import numpy as np

from ..judge.spec import Case, Problem, exact, shrink_rows


def _x(rng, n, c, h, w, dtype=np.float32):
    return rng.normal(0, 1, (n, c, h, w)).astype(dtype)


def _ramp(h, w, dtype=np.float64):
    """Pixel values that name their position (row*100 + column): a wrong index shows."""
    return (np.arange(h)[:, None] * 100.0 + np.arange(w)[None, :]).reshape(1, 1, h, w).astype(dtype)


def cases(rng):
    f32, f64 = np.float32, np.float64
    yield Case("size 2x (each pixel becomes a 2x2 block)", (_ramp(3, 4),), {"size": (6, 8)})
    yield Case("scale_factor=2.0", (_x(rng, 2, 3, 4, 5),), {"scale_factor": 2.0})
    yield Case("scale_factor=1.7 on W=5: output 8 wide, index floor(j / 1.7), not floor(j * 5 / 8)",
               (_ramp(1, 5),), {"scale_factor": (1.0, 1.7)})
    yield Case("the same 5 -> 8 by size: index floor(j * 5 / 8)", (_ramp(1, 5),), {"size": (1, 8)})
    yield Case("scale_factor=0.6 on 5x5: output 3x3, index floor(i / 0.6)", (_ramp(5, 5),), {"scale_factor": 0.6})
    yield Case("size smaller than the input (7x9 -> 3x4)", (_ramp(7, 9),), {"size": (3, 4)})
    yield Case("scale_factor=3 (int)", (_ramp(2, 3),), {"scale_factor": 3})
    yield Case("scale_factor=1.05 on 10x10: output 10x10, a copy (not floor(i / 1.05))", (_ramp(10, 10),),
               {"scale_factor": 1.05})
    yield Case("scale_factor=2.05 on 10: output 20 = 2H, index i // 2 (not floor(i / 2.05))", (_ramp(10, 3),),
               {"scale_factor": (2.05, 1.0)})
    yield Case("scale_factor=2.2 on H=20: row 33 copies row 15 (float32), float64 33 / 2.2 = 14.999999999999998", (_ramp(20, 2),),
               {"scale_factor": (2.2, 1.0)})
    yield Case("size 2 -> 82: row 41 copies row 0 (41 * float32(2/82) = 0.99999994)", (_ramp(2, 1),), {"size": (82, 1)})
    yield Case("size as one int (both sides)", (_x(rng, 1, 2, 3, 5, f64),), {"size": 4})
    yield Case("size equal to the input (a copy)", (_x(rng, 2, 2, 4, 6),), {"size": (4, 6)})
    yield Case("scale_factor pair (1.5, 0.5)", (_ramp(4, 6),), {"scale_factor": (1.5, 0.5)})
    yield Case("1x1 input to 3x2", (_x(rng, 2, 3, 1, 1, f64),), {"size": (3, 2)})
    yield Case("N=0 (empty batch)", (_x(rng, 0, 3, 4, 4),), {"scale_factor": 2.0})
    params = [  # n, c, h, w, dtype, keywords
        (2, 3, 8, 8, f32, {"scale_factor": 1.5}),
        (1, 4, 13, 7, f64, {"size": (20, 30)}),
        (3, 2, 16, 12, f32, {"scale_factor": (0.75, 1.3)}),
        (2, 5, 9, 11, f64, {"size": (4, 23)}),
        (1, 3, 31, 17, f32, {"scale_factor": 2.5}),
        (4, 1, 10, 10, f64, {"scale_factor": (3.3, 0.35)}),
        (2, 2, 24, 18, f32, {"size": 37}),
    ]
    for n, c, h, w, dt, kw in params:
        opts = ", ".join(f"{k}={v}" for k, v in kw.items())
        yield Case(f"random [{n},{c},{h},{w}], {opts}, {np.dtype(dt).name}", (_x(rng, n, c, h, w, dt),), kw,
                   random=True)


FORBIDDEN = ["torch.nn.functional.interpolate", "torch.nn.functional.upsample*", "torch.nn.Upsample*",
             "torch.nn.UpsamplingNearest2d", "torch.nn.modules.upsampling.*", "torch._C._nn.upsample*",
             "torch._C._nn._upsample*", "torch.ops.aten.upsample*", "torch.ops.aten._upsample*",
             "torchvision.transforms.functional.resize", "torchvision.transforms.v2.functional.resize*",
             "cv2.resize", "scipy.ndimage.zoom", "skimage.transform.resize", "skimage.transform.rescale"]

PROBLEM = Problem(
    slug="upsample_nearest",
    kind="torch",
    params=["input", "size", "scale_factor"],
    cases=cases,
    check=exact(),
    forbidden=FORBIDDEN,
    shrink=shrink_rows(0),
    terms=["[N, C, H, W]", "exactly one", "int or a pair", "float or a pair", "floor(H * sH)",
           "min(floor(i * scale), H - 1)", "float32", "1 / sH", "H / Ho", "Ho == H", "Ho == 2*H", "nearest-exact",
           "recompute_scale_factor=None", "N = 0", "dtype", "device", "float64", "exactly equal", "CPU"],
)
