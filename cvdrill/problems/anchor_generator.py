"""anchor_generator: the anchors of Faster R-CNN's RPN over feature levels, in exactly the
layout of torchvision.models.detection.anchor_utils.AnchorGenerator (torchvision 0.29)."""

from ..judge.spec import Case, Problem, compare

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
)
