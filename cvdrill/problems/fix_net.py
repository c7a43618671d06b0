"""fix_net: repair a small broken CNN (tuples from trailing commas, nn.Linear without its
sizes, no flatten, torch not imported); judged by output shape, parameter count and the
eval-mode output with deterministic weights loaded matched by type and shape."""
from ..judge.spec import Problem
from ._modules import ctor_case, module_check, module_driver


def cases(rng):
    yield ctor_case("num_classes=10 by default")
    yield ctor_case("num_classes=10", 10)
    yield ctor_case("num_classes=1", 1)
    yield ctor_case("num_classes=7 as a keyword", num_classes=7)
    yield ctor_case("num_classes=100", 100)
    yield ctor_case("num_classes=3", 3, random=True)


def inputs(ints, kw):
    return [(2, 3, 32, 32), (1, 3, 32, 32), (5, 3, 32, 32)]


def formula(ints, kw):
    k = ints[0] if ints else kw.get("num_classes", 10)
    return (f"(3*16*9 + 16) + (16*32*9 + 32) + (32*8*8*num_classes + num_classes) = 448 + 4640 + {2049 * k}"
            f" with num_classes={k}")


PROBLEM = Problem(
    slug="fix_net",
    entry="Net",
    kind="torch",
    params=["num_classes"],
    cases=cases,
    check=module_check(formula, inputs, order="conv1, conv2, fc"),
    driver=module_driver("Net", inputs),
    terms=["[N, 3, 32, 32]", "[N, num_classes]", "padding 1", "ReLU", "2x2 max pool", "flatten",
           "Linear(32*8*8, num_classes)", "type and shape", "conv1, conv2, fc", "eval mode", "runtime error",
           "num_classes=10", "float32", "device"],
)
