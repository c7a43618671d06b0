"""miou: mean IoU of a semantic segmentation from a confusion matrix (ignore_index dropped,
classes in neither prediction nor target excluded), as mmsegmentation's mIoU.

Timed classes, as ratios to the reference (bench/timing_stability.py, 2-core machine, quiet and
with the other core busy; tests/submissions/miou/): accepted: ok_class_masks 0.44-0.63x; too
slow: pixel_loop 11-12x. Limit 5x; the nearest class is 2.2x from it.
"""
import numpy as np

from ..judge.spec import Case, Problem, Timed, Variant, compare, shrink_rows

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


def miou_with(absent=np.nan, ignored_predictions=False, in_dtype=False):
    """mIoU under another convention: a class in neither map scored `absent` (0 or 1, then
    counted in the mean) instead of NaN; the predictions at ignored pixels still counted
    (`ignored_predictions`: only the target's ignore_index pixels are dropped); or the index
    num_classes * target + pred computed in the input dtype (`in_dtype`: uint8 wraps at 256)."""
    def miou(pred, target, num_classes, ignore_index=255):
        c = int(num_classes)
        pred, target = np.asarray(pred).reshape(-1), np.asarray(target).reshape(-1)
        keep = target != ignore_index
        if in_dtype:
            idx = (c * target[keep] + pred[keep]).astype(np.int64)
        else:
            idx = c * target[keep].astype(np.int64) + pred[keep].astype(np.int64)
        conf = np.bincount(idx, minlength=c * c)[: c * c].reshape(c, c)
        tp = np.diag(conf).astype(np.float64)
        predicted = conf.sum(0)
        if ignored_predictions:
            predicted = predicted + np.bincount(pred[~keep].astype(np.int64), minlength=c)[:c]
        union = predicted + conf.sum(1) - tp
        present = union > 0
        per_class = np.full(c, float(absent))
        per_class[present] = tp[present] / union[present]
        counted = per_class[~np.isnan(per_class)]
        return (float(counted.mean()) if counted.size else float("nan")), per_class
    return miou


VARIANTS = [
    Variant("absent classes scored 0", miou_with(absent=0.0),
            "a class in neither the prediction nor the target gets IoU 0 and counts in the mean (an eps in the "
            "denominator does that), which drags the mIoU down; such a class has IoU NaN here and is left out "
            "of the mean (`np.nanmean`), as in mmsegmentation",
            "既不在预测中也不在目标中的类别，你给了 IoU 0 并计入均值（分母里加 eps 就会这样），这会拉低 mIoU；本题中"
            "这样的类别 IoU 为 NaN，不计入均值（`np.nanmean`），与 mmsegmentation 一致",
            name_zh="缺席的类别记 0"),
    Variant("absent classes scored 1", miou_with(absent=1.0),
            "a class in neither the prediction nor the target gets IoU 1 (\"correctly predicted as absent\") and "
            "counts in the mean, which pushes the mIoU up; such a class has IoU NaN here and is left out of the "
            "mean (`np.nanmean`), as in mmsegmentation",
            "既不在预测中也不在目标中的类别，你给了 IoU 1（“正确地预测了它不存在”）并计入均值，这会抬高 mIoU；本题中"
            "这样的类别 IoU 为 NaN，不计入均值（`np.nanmean`），与 mmsegmentation 一致",
            name_zh="缺席的类别记 1"),
    Variant("ignored pixels left in the prediction", miou_with(ignored_predictions=True),
            "you drop the ignore_index pixels from the target only, so what is predicted there still counts as "
            "false positives (and a class predicted only there gets IoU 0 instead of NaN); those pixels are "
            "dropped from both maps: keep `target != ignore_index` before counting anything",
            "你只从目标中去掉了 `ignore_index` 像素，于是这些位置上的预测仍被算作假阳性（只在那里被预测的类别也会"
            "得到 IoU 0 而不是 NaN）；这些像素要从两张图中一起去掉：先用 `target != ignore_index` 筛选，再做任何计数",
            name_zh="被忽略的像素仍留在预测中"),
    Variant("uint8 arithmetic", miou_with(in_dtype=True),
            "`num_classes * target + pred` is computed in the maps' dtype, which for uint8 wraps around modulo 256 "
            "(with 21 classes, 21 * 20 + 3 = 423 becomes 167), so pixels land in the wrong cells of the confusion "
            "matrix; cast to int64 before the arithmetic",
            "`num_classes * target + pred` 在输入图的 dtype 下计算，uint8 会按模 256 回绕（21 类时 "
            "`21 * 20 + 3 = 423` 变成 167），于是像素被计入混淆矩阵的错误格子；应在运算之前转换为 int64",
            name_zh="uint8 下的算术"),
]


PROBLEM = Problem(
    slug="miou",
    kind="numpy",
    params=["pred", "target", "num_classes", "ignore_index"],
    cases=cases,
    check=check,
    forbidden=["sklearn.metrics.*", "torchmetrics.*", "mmseg.*", "mmengine.*", "mmeval.*",
               "segmentation_models_pytorch.*", "monai.*"],
    timed=Timed(make=_big, sizes=[512, 768, 1024], ratio=5.0, floor=0.03, unit="H=W"),
    shrink=shrink_rows(0, 1),
    variants=VARIANTS,
    terms=["ignore_index", "TP / (TP + FP + FN)", "NaN", "neither", "nanmean", "float64", "[num_classes]",
           "uint8", "one confusion matrix", "any shape", "5x", "1e-9", "int64"],
)
