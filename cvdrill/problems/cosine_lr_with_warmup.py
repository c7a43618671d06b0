"""cosine_lr_with_warmup: the learning rate of a linear warmup then a cosine decay to min_lr
(SGDR's cosine annealing without restarts, starting when the warmup ends), for an int step
or an integer array of steps."""
import numpy as np

from ..judge.spec import Case, Problem, compare

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


PROBLEM = Problem(
    slug="cosine_lr_with_warmup",
    kind="numpy",
    params=["step", "base_lr", "warmup_steps", "total_steps", "min_lr", "warmup_start_lr"],
    cases=cases,
    check=check,
    forbidden=["torch.optim.*", "timm.scheduler.*", "transformers.get_*schedule*", "transformers.optimization.*",
               "transformers.trainer_pt_utils.*", "transformers.get_scheduler"],
    terms=["warmup_start_lr + (base_lr - warmup_start_lr) * step / warmup_steps",
           "min_lr + 0.5 * (base_lr - min_lr) * (1 + cos(pi * (step - warmup_steps) / (total_steps - warmup_steps)))",
           "step == warmup_steps", "step >= total_steps", "warmup_steps = 0", "int", "float64", "same shape",
           "empty", "rtol", "SequentialLR", "LinearLR", "CosineAnnealingLR", "warmup_prefix=True"],
)
