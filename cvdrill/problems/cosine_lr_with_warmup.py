"""cosine_lr_with_warmup: the learning rate of a linear warmup then a cosine decay to min_lr
(SGDR's cosine annealing without restarts, starting when the warmup ends), for an int step
or an integer array of steps."""
import numpy as np

from ..judge.spec import Case, Problem, Variant, compare

RTOL, ATOL = 1e-9, 1e-15  # the same closed form; only rounding may differ


def cases(rng):
    a = lambda *v: np.array(v, np.int64)  # noqa: E731
    yield Case("step 0, in the warmup: warmup_start_lr", (0, 0.1, 10, 100), {"warmup_start_lr": 0.01})
    yield Case("middle of the warmup", (5, 0.1, 10, 100))
    yield Case("step == warmup_steps: exactly base_lr", (10, 0.1, 10, 100), {"min_lr": 0.001})
    yield Case("last warmup step (warmup_steps - 1)", (9, 0.1, 10, 100), {"warmup_start_lr": 0.02})
    yield Case("half way through the cosine: (base_lr + min_lr) / 2", (55, 0.1, 10, 100), {"min_lr": 0.02})
    yield Case("step == total_steps: min_lr", (100, 0.1, 10, 100), {"min_lr": 0.005})
    yield Case("step > total_steps: stays at min_lr", (250, 0.1, 10, 100), {"min_lr": 0.005})
    yield Case("warmup_steps = 0: the cosine from step 0", (0, 0.3, 0, 20))
    yield Case("warmup_steps = 0, step 7", (7, 0.3, 0, 20), {"min_lr": 0.01})
    yield Case("one warmup step", (1, 0.5, 1, 8), {"warmup_start_lr": 0.25})
    yield Case("total_steps = warmup_steps + 1", (4, 1.0, 3, 4), {"min_lr": 0.1})
    yield Case("an array of steps through every phase", (np.arange(0, 31, dtype=np.int64), 1.0, 5, 25),
               {"min_lr": 0.1, "warmup_start_lr": 0.2})
    yield Case("a 2-D array of steps (the shape is kept)", (a(0, 3, 6, 9, 12, 15).reshape(2, 3), 2e-3, 4, 12))
    yield Case("an empty array of steps", (np.zeros(0, np.int64), 0.1, 2, 10))
    yield Case("a step given as an array of one element", (a(42), 0.1, 10, 100))
    yield Case("warmup_start_lr above base_lr (a decreasing warmup)", (a(0, 1, 2, 3, 4), 0.1, 4, 10),
               {"warmup_start_lr": 0.3})
    yield Case("min_lr = base_lr: constant after the warmup", (a(0, 5, 10, 15, 20), 0.1, 5, 20), {"min_lr": 0.1})
    for i in range(6):
        total = int(rng.integers(10, 100000))
        warm = int(rng.integers(0, total // 2))
        base = float(10 ** rng.uniform(-5, 0))
        kw = {}
        if i % 2:
            kw["min_lr"] = float(base * rng.uniform(0, 0.2))
        if i % 3:
            kw["warmup_start_lr"] = float(base * rng.uniform(0, 0.5))
        steps = rng.integers(0, int(total * 1.2), size=int(rng.integers(1, 500))).astype(np.int64)
        opts = "".join(f", {k}={v:.3g}" for k, v in kw.items())
        yield Case(f"random {steps.size} steps, base_lr={base:.3g}, warmup {warm}, total {total}{opts}",
                   (steps, base, warm, total), kw, random=True)
        yield Case(f"random int step, base_lr={base:.3g}, warmup {warm}, total {total}{opts}",
                   (int(rng.integers(0, total)), base, warm, total), kw, random=True)


def check(case, expected, got):
    if isinstance(expected, float) and isinstance(got, np.ndarray) and got.ndim:
        return f"returned a numpy array of shape [{','.join(map(str, got.shape))}] for an int step, expected a float"
    return compare(expected, got, RTOL, ATOL, what="lr")


def cosine_with(warmup_shift=0, clock_from_zero=False, no_clamp=False, min_on_top=False):
    """The schedule under another convention: the warmup's step shifted by `warmup_shift`
    ((step + 1) / warmup_steps), the cosine's clock started at step 0 (`clock_from_zero`, timm's
    warmup_prefix=False), no clamp at total_steps (`no_clamp`: the cosine rises again), or
    min_lr added on top of a full cosine (`min_on_top`)."""
    def schedule(step, base_lr, warmup_steps, total_steps, min_lr=0.0, warmup_start_lr=0.0):
        s = np.asarray(step, dtype=np.float64)
        warm = warmup_start_lr + (base_lr - warmup_start_lr) * (s + warmup_shift) / max(warmup_steps, 1)
        progress = s / total_steps if clock_from_zero else (s - warmup_steps) / (total_steps - warmup_steps)
        if not no_clamp:
            progress = np.clip(progress, 0.0, 1.0)
        amplitude = base_lr if min_on_top else base_lr - min_lr
        cosine = min_lr + 0.5 * amplitude * (1.0 + np.cos(np.pi * progress))
        lr = np.where(s < warmup_steps, warm, cosine)
        return float(lr) if isinstance(step, (int, np.integer)) else lr.astype(np.float64)
    return schedule


VARIANTS = [
    Variant("the warmup one step ahead", cosine_with(warmup_shift=1),
            "your warmup uses `(step + 1) / warmup_steps`, so it starts above warmup_start_lr and reaches base_lr "
            "at step warmup_steps - 1; this statement's warmup is `step / warmup_steps`: warmup_start_lr at step 0, "
            "base_lr first at step == warmup_steps",
            "你的预热用的是 `(step + 1) / warmup_steps`，于是第 0 步就高于 `warmup_start_lr`，并在第 "
            "`warmup_steps - 1` 步就到了 `base_lr`；本题的预热是 `step / warmup_steps`：第 0 步为 `warmup_start_lr`，"
            "`step == warmup_steps` 时才第一次等于 `base_lr`",
            name_zh="预热提前了一步"),
    Variant("the cosine's clock started at step 0", cosine_with(clock_from_zero=True),
            "your cosine's progress is `step / total_steps`, counting the warmup too (timm's warmup_prefix=False), "
            "so the decay is already under way when the warmup ends; here the clock starts at the end of the "
            "warmup: `(step - warmup_steps) / (total_steps - warmup_steps)`, and the rate is exactly base_lr at "
            "step == warmup_steps",
            "你的余弦进度是 `step / total_steps`，把预热也算了进去（timm 的 `warmup_prefix=False`），于是预热结束时"
            "衰减已经开始；本题的计时从预热结束时开始：`(step - warmup_steps) / (total_steps - warmup_steps)`，"
            "`step == warmup_steps` 时学习率恰好是 `base_lr`",
            name_zh="余弦从第 0 步开始计时"),
    Variant("the cosine rising again after total_steps", cosine_with(no_clamp=True),
            "past total_steps your cosine keeps going and climbs back towards base_lr (what torch's "
            "CosineAnnealingLR does when stepped past T_max); this schedule has one cycle: min_lr for every "
            "step >= total_steps",
            "超过 `total_steps` 之后你的余弦继续走，又朝 `base_lr` 升回去（torch 的 `CosineAnnealingLR` 越过 "
            "`T_max` 后就是这样）；本题的调度只有一个周期：`step >= total_steps` 时一律为 `min_lr`",
            name_zh="超过 `total_steps` 后余弦又升回去"),
    Variant("min_lr added on top of the cosine", cosine_with(min_on_top=True),
            "you add min_lr to a full cosine of base_lr, `min_lr + 0.5 * base_lr * (1 + cos(...))`, so the decay "
            "starts at base_lr + min_lr; the cosine's amplitude is base_lr - min_lr: "
            "`min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(...))`, from base_lr down to min_lr",
            "你在以 `base_lr` 为幅度的完整余弦上又加了 `min_lr`，`min_lr + 0.5 * base_lr * (1 + cos(...))`，于是衰减"
            "从 `base_lr + min_lr` 开始；余弦的幅度应是 `base_lr - min_lr`："
            "`min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(...))`，从 `base_lr` 降到 `min_lr`",
            name_zh="在余弦上又加了 `min_lr`"),
]


PROBLEM = Problem(
    slug="cosine_lr_with_warmup",
    kind="numpy",
    params=["step", "base_lr", "warmup_steps", "total_steps", "min_lr", "warmup_start_lr"],
    cases=cases,
    check=check,
    forbidden=["torch.optim.*", "timm.scheduler.*", "transformers.get_*schedule*", "transformers.optimization.*",
               "transformers.trainer_pt_utils.*", "transformers.get_scheduler"],
    variants=VARIANTS,
    terms=["warmup_start_lr + (base_lr - warmup_start_lr) * step / warmup_steps",
           "min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * (step - warmup_steps) / (total_steps - warmup_steps)))",
           "step == warmup_steps", "step >= total_steps", "warmup_steps = 0", "int", "float64", "same shape",
           "empty", "rtol", "SequentialLR", "LinearLR", "CosineAnnealingLR", "warmup_prefix=True"],
)
