"""miou: mean IoU of a semantic segmentation from a confusion matrix (ignore_index dropped,
classes in neither prediction nor target excluded), as mmsegmentation's mIoU."""
import numpy as np

from ..judge.spec import Case, Problem, Timed, compare, shrink_rows

RTOL, ATOL = 1e-9, 1e-12


def check(case, expected, got):
    if not isinstance(got, (tuple, list)) or len(got) != 2:
        return compare(expected, got, what="result")
    msg = compare(expected[1], got[1], RTOL, ATOL, what="per_class")
    if msg:
        if "differ; first at index [" in msg:
            c = int(msg.split("first at index [")[1].split("]")[0])
            if np.isnan(expected[1][c]):
                msg += f" (class {c} is in neither the prediction nor the target: NaN)"
        return msg
    if isinstance(got[0], np.ndarray) and got[0].ndim:
        return f"miou: returned a numpy array of shape [{','.join(map(str, got[0].shape))}], expected a float"
    return compare(expected[0], got[0], RTOL, ATOL, what="miou")


def _seg(rng, shape, c, dtype=np.int64, acc=0.7, ignore=0.05, ignore_index=255):
    """A target of blocky regions, a prediction right on about `acc` of the pixels,
    some target pixels set to ignore_index."""
    t = rng.integers(0, c, shape)
    if len(shape) >= 2 and shape[-1] >= 4:
        t = np.repeat(t[..., ::4], 4, axis=-1)[..., :shape[-1]]  # runs of equal labels
    p = np.where(rng.uniform(size=shape) < acc, t, rng.integers(0, c, shape))
    t = np.where(rng.uniform(size=shape) < ignore, ignore_index, t)
    return p.astype(dtype), t.astype(dtype)


def cases(rng):
    a = lambda v, dt=np.int64: np.array(v, dt)  # noqa: E731
    u8 = np.uint8
    yield Case("no pixels", (np.zeros((0, 0), np.int64), np.zeros((0, 0), np.int64), 3))
    yield Case("every pixel ignored: every class NaN, miou NaN", (a([[0, 1], [2, 1]]), a([[255, 255], [255, 255]]), 3))
    yield Case("one pixel", (a([[2]]), a([[2]]), 4))
    yield Case("perfect prediction: absent classes are NaN, not 1 or 0",
               (a([[0, 0, 2], [2, 2, 0]]), a([[0, 0, 2], [2, 2, 0]]), 4))
    yield Case("a class only predicted, never in the target: IoU 0, counted",
               (a([[0, 1, 1], [3, 3, 0]]), a([[0, 0, 0], [3, 3, 0]]), 4))
    yield Case("ignored pixels do not count, whatever is predicted there",
               (a([[1, 1, 1, 0], [0, 2, 2, 2]]), a([[1, 255, 255, 0], [0, 2, 255, 2]]), 3))
    yield Case("ignore_index=-1", (a([[0, 1, 2], [1, 1, 0]]), a([[0, -1, 2], [1, -1, 1]]), 3), {"ignore_index": -1})
    yield Case("ignore_index by position", (a([[0, 1], [1, 0]]), a([[0, 9], [1, 1]]), 2, 9))
    p, t = _seg(rng, (16, 16), 21, u8)
    yield Case("uint8 maps, 21 classes (21 * t + p overflows uint8)", (p, t, 21))
    p, t = _seg(rng, (2, 12, 12), 19, u8)
    yield Case("uint8 batch [2,12,12], 19 classes (Cityscapes)", (p, t, 19))
    p, t = _seg(rng, (4, 10, 10), 5)
    yield Case("batch [4,10,10]: one confusion matrix over all images", (p, t, 5))
    p, t = _seg(rng, (30,), 6)
    yield Case("1-D labels", (p, t, 6))
    for shape, c, acc, dt in (((64, 64), 21, 0.8, u8), ((3, 40, 50), 10, 0.5, np.int64), ((128, 96), 150, 0.6, np.int64),
                              ((2, 33, 47), 2, 0.9, u8), ((100, 100), 40, 0.3, np.int32)):
        p, t = _seg(rng, shape, c, dt, acc)
        yield Case(f"random {list(shape)} {np.dtype(dt).name}, {c} classes", (p, t, c), random=True)


def _big(rng, n):
    p, t = _seg(rng, (n, n), 21, np.uint8, 0.7)
    return Case(f"{n}x{n} uint8, 21 classes", (p, t, 21))


PROBLEM = Problem(
    slug="miou",
    kind="numpy",
    params=["pred", "target", "num_classes", "ignore_index"],
    cases=cases,
    check=check,
    forbidden=["sklearn.metrics.*", "torchmetrics.*", "mmseg.*", "mmengine.*", "mmeval.*",
               "segmentation_models_pytorch.*", "monai.*"],
    timed=Timed(make=_big, sizes=[512, 768, 1024], ratio=10.0, floor=0.03, unit="H=W"),
    shrink=shrink_rows(0, 1),
    terms=["ignore_index", "TP / (TP + FP + FN)", "NaN", "neither", "nanmean", "float64", "[num_classes]",
           "uint8", "one confusion matrix", "any shape", "10x", "1e-9", "int64"],
)
