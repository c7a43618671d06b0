"""anchor_generator: the anchors of Faster R-CNN's RPN over feature levels, in exactly the
layout of torchvision.models.detection.anchor_utils.AnchorGenerator (torchvision 0.29)."""
from functools import partial

from ..judge.spec import Case, Problem, Variant, compare

DTYPES = {"float32", "float64"}


def driver(fn, args, kwargs):
    """dtype travels as a name ("float64") and becomes a torch dtype; the device is the one
    under test (the arguments are plain lists: nothing else carries it)."""
    import torch

    from ..judge import worker

    kw = dict(kwargs)
    if "dtype" in kw:
        kw["dtype"] = getattr(torch, kw["dtype"])
    kw["device"] = torch.device(worker.DEVICE)
    return fn(*args, **kw)


def check(case, expected, got):
    # integer-valued coordinates (rounded base anchors plus integer shifts): exact
    return compare(expected, got, exact=True, what="anchors")


def _level(rng):
    sizes = sorted(int(s) for s in rng.choice([8, 11, 16, 23, 32, 45, 64, 90, 128, 181, 256, 362, 512],
                                              rng.integers(1, 4), replace=False))
    ratios = [float(r) for r in rng.choice([0.25, 1 / 3, 0.5, 0.7, 1.0, 1.5, 2.0, 3.0, 4.0], rng.integers(1, 4),
                                           replace=False)]
    return sizes, ratios


def cases(rng):
    yield Case("one level: 3 sizes x 3 ratios on a 2x3 map, stride 16",
               ([[32, 64, 128]], [[0.5, 1.0, 2.0]], [(2, 3)], [(16, 16)]))
    yield Case("odd sizes: halves round to even (5 / 2 = 2.5 -> 2)", ([[5, 7, 9]], [[1.0]], [(1, 2)], [(4, 4)]))
    yield Case("ratio = height / width, ratio-major order (r0 s0, r0 s1, r1 s0, ...)",
               ([[16, 40]], [[0.25, 4.0]], [(1, 1)], [(8, 8)]))
    yield Case("non-square stride and map: row-major locations (y outer, x inner)",
               ([[8]], [[1.0]], [(3, 5)], [(8, 16)]))
    yield Case("two levels with different anchor counts",
               ([[16, 24], [48]], [[0.5, 1.0, 2.0], [1.0]], [(4, 4), (2, 2)], [(8, 8), (16, 16)]))
    yield Case("float64 anchors (base anchors still computed in float32, then cast)",
               ([[6, 10, 13]], [[0.25, 1 / 3, 1.0]], [(2, 2)], [(5, 7)]), {"dtype": "float64"})
    # an FPN on a 128x160 image: strides are image // map, 160 // 3 = 53 on the last level
    maps = [(32, 40), (16, 20), (8, 10), (4, 5), (2, 3)]
    yield Case("FPN, 5 levels on a 128x160 image (stride_w 53 on the last)",
               ([[32], [64], [128], [256], [512]], [[0.5, 1.0, 2.0]] * 5, maps, [(128 // h, 160 // w) for h, w in maps]))
    yield Case("float32 by keyword", ([[11]], [[0.7, 1.5]], [(2, 1)], [(3, 5)]), {"dtype": "float32"})
    for i in range(5):
        levels = int(rng.integers(1, 4))
        lv = [_level(rng) for _ in range(levels)]
        maps = [(int(rng.integers(1, 9)), int(rng.integers(1, 9))) for _ in range(levels)]
        strides = [(int(rng.integers(1, 40)), int(rng.integers(1, 40))) for _ in range(levels)]
        dt = ("float32", "float64")[i % 2]
        yield Case(f"random, {levels} level(s), {dt}", ([s for s, _ in lv], [r for _, r in lv], maps, strides),
                   {"dtype": dt}, random=True)


def anchors_with(sizes, aspect_ratios, feature_map_sizes, strides, dtype=None, device="cpu", wh_ratio=False,
                 size_major=False, column_major=False, offset=0.0):
    """torchvision's anchors with one convention changed: ratio = width / height, base anchors
    size-major, locations column-major (x outer), or the shifts at (x + offset) * stride."""
    import torch

    dtype = dtype or torch.float32
    out = []
    for s, r, (fh, fw), (sh, sw) in zip(sizes, aspect_ratios, feature_map_sizes, strides):
        scales = torch.as_tensor(s, dtype=torch.float32, device=device)
        h_ratios = torch.sqrt(torch.as_tensor(r, dtype=torch.float32, device=device))
        w_ratios = 1 / h_ratios
        if wh_ratio:
            h_ratios, w_ratios = w_ratios, h_ratios
        ws, hs = w_ratios[:, None] * scales[None, :], h_ratios[:, None] * scales[None, :]  # [ratios, sizes]
        if size_major:
            ws, hs = ws.t(), hs.t()
        base = (torch.stack([-ws.reshape(-1), -hs.reshape(-1), ws.reshape(-1), hs.reshape(-1)], 1) / 2).round()
        xs = (torch.arange(int(fw), device=device, dtype=torch.float64) + offset) * int(sw)
        ys = (torch.arange(int(fh), device=device, dtype=torch.float64) + offset) * int(sh)
        if column_major:
            sx, sy = torch.meshgrid(xs, ys, indexing="ij")
        else:
            sy, sx = torch.meshgrid(ys, xs, indexing="ij")
        shifts = torch.stack([sx, sy, sx, sy], -1).reshape(-1, 1, 4).to(dtype)
        out.append((shifts + base.to(dtype)[None]).reshape(-1, 4))
    return torch.cat(out) if out else torch.zeros((0, 4), dtype=dtype, device=device)


VARIANTS = [
    Variant("ratio = width / height", partial(anchors_with, wh_ratio=True),
            "the aspect ratio is read as width / height (w_ratio = sqrt(r)), so every anchor with r != 1 is "
            "transposed; torchvision's ratio is height / width: h_ratio = sqrt(r), w_ratio = 1 / h_ratio",
            "宽高比被当成了 宽 / 高（w_ratio = sqrt(r)），于是所有 r != 1 的 anchor 都被转置了；torchvision 的 "
            "ratio 是 高 / 宽：h_ratio = sqrt(r)，w_ratio = 1 / h_ratio",
            name_zh="ratio = 宽 / 高"),
    Variant("size-major base anchors", partial(anchors_with, size_major=True),
            "the base anchors run over the sizes in the outer loop and the ratios in the inner one; torchvision's "
            "are ratio-major: (r0, s0), (r0, s1), ..., (r1, s0), ... (`w_ratios[:, None] * scales[None, :]`)",
            "基础 anchor 外层循环遍历尺寸、内层遍历宽高比；torchvision 是宽高比优先的："
            "(r0, s0), (r0, s1), ..., (r1, s0), ...（`w_ratios[:, None] * scales[None, :]`）",
            name_zh="尺寸优先的基础 anchor 顺序"),
    Variant("column-major locations", partial(anchors_with, column_major=True),
            "the locations run x outer, y inner (e.g. `torch.meshgrid(xs, ys, indexing=\"ij\")`); torchvision's are "
            "row-major, y outer and x inner: `shift_y, shift_x = torch.meshgrid(ys, xs, indexing=\"ij\")`",
            "位置按 x 在外、y 在内的顺序排列（例如 `torch.meshgrid(xs, ys, indexing=\"ij\")`）；torchvision 是行优先的，"
            "y 在外、x 在内：`shift_y, shift_x = torch.meshgrid(ys, xs, indexing=\"ij\")`",
            name_zh="列优先的位置顺序"),
    Variant("anchors at the cell centres", partial(anchors_with, offset=0.5),
            "each anchor is centred at the middle of its cell, ((x + 0.5) * stride_w, (y + 0.5) * stride_h) (as SSD "
            "does); torchvision's shift is (x * stride_w, y * stride_h): the cell's top-left corner",
            "每个 anchor 都以网格单元的中心 ((x + 0.5) * stride_w, (y + 0.5) * stride_h) 为中心（SSD 的做法）；"
            "torchvision 的平移是 (x * stride_w, y * stride_h)：单元的左上角",
            name_zh="anchor 放在单元中心"),
]

PROBLEM = Problem(
    slug="anchor_generator",
    kind="torch",
    params=["sizes", "aspect_ratios", "feature_map_sizes", "strides", "dtype"],
    cases=cases,
    check=check,
    driver=driver,
    forbidden=["torchvision.models.detection.anchor_utils.*", "torchvision.models.detection.AnchorGenerator",
               "torchvision.models.detection.rpn.AnchorGenerator", "torchvision.models.detection.*AnchorGenerator*",
               "detectron2.modeling.anchor_generator.*", "mmdet.models.task_modules.prior_generators.*",
               "mmdet.core.anchor.*"],
    terms=["height / width", "sqrt(r)", "1 / h_ratio", "float32", "half to even", "2.5 -> 2",
           "ratio-major", "row-major", "(x * stride_w, y * stride_h, x * stride_w, y * stride_h)",
           "[sum_l H_l * W_l * A_l, 4]", "dtype", "device", "exactly"],
    variants=VARIANTS,
)
