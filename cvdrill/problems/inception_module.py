"""inception_module: GoogLeNet's Inception module with dimension reductions as an nn.Module
class, judged by parameter count, output shapes and the eval-mode output with
deterministic weights loaded matched by type and shape."""
from ..judge.spec import Problem
from ._modules import ctor_case, module_check, module_driver

PARAMS = ["in_channels", "ch1x1", "ch3x3red", "ch3x3", "ch5x5red", "ch5x5", "pool_proj"]


def cases(rng):
    yield ctor_case("small, every width different", 4, 2, 3, 5, 1, 6, 7)
    yield ctor_case("GoogLeNet inception (3a), Table 1", 192, 64, 96, 128, 16, 32, 32)
    yield ctor_case("one channel per branch", 3, 1, 1, 1, 1, 1, 1)
    yield ctor_case("reductions wider than their outputs", 6, 4, 9, 3, 8, 2, 5)
    yield ctor_case("in_channels = 1", 1, 3, 2, 4, 2, 3, 2)
    for args in ((8, 4, 6, 8, 2, 4, 4), (16, 8, 12, 16, 4, 8, 8), (5, 7, 3, 6, 2, 9, 1)):
        yield ctor_case(f"widths {', '.join(map(str, args))}", *args, random=True)


def inputs(ints, kw):
    cin = ints[0]
    return [(2, cin, 8, 8), (1, cin, 5, 7)]


def formula(ints, kw):
    cin, c1, r3, c3, r5, c5, pp = ints
    parts = [cin * c1 + c1, cin * r3 + r3, 9 * r3 * c3 + c3, cin * r5 + r5, 25 * r5 * c5 + c5, cin * pp + pp]
    return ("in*ch1x1 + ch1x1 + in*ch3x3red + ch3x3red + 9*ch3x3red*ch3x3 + ch3x3 + in*ch5x5red + ch5x5red"
            " + 25*ch5x5red*ch5x5 + ch5x5 + in*pool_proj + pool_proj (every conv has a bias) = "
            + " + ".join(map(str, parts)))


def explain(case, expected, got):
    """Name a wrong concatenation order: the right channel blocks, in another order."""
    import numpy as np

    e, g = expected.array, getattr(got, "array", None)
    if g is None or g.shape != e.shape:
        return None
    ints = [int(a) for a in case.args]
    widths = [ints[1], ints[3], ints[5], ints[6]]
    edges = np.cumsum([0] + widths)
    blocks = [e[:, edges[i]:edges[i + 1]] for i in range(4)]
    names = ["1x1", "3x3", "5x5", "pool"]
    found, pos = [], 0
    for _ in range(4):
        hit = next((i for i, b in enumerate(blocks) if i not in found and pos + b.shape[1] <= g.shape[1]
                    and np.allclose(g[:, pos:pos + b.shape[1]], b, rtol=1e-4, atol=1e-4)), None)
        if hit is None:
            return None
        found.append(hit)
        pos += blocks[hit].shape[1]
    if found != [0, 1, 2, 3]:
        return f"every branch is right but concatenated as {', '.join(names[i] for i in found)}; expected 1x1, 3x3, 5x5, pool"
    return None


PROBLEM = Problem(
    slug="inception_module",
    entry="InceptionModule",
    kind="torch",
    params=PARAMS,
    cases=cases,
    check=module_check(formula, inputs, order="1x1; 3x3 reduce, 3x3; 5x5 reduce, 5x5; pool projection",
                       explain=explain),
    driver=module_driver("InceptionModule", inputs),
    terms=["nn.Module", "ch1x1 + ch3x3 + ch5x5 + pool_proj", "1x1, 3x3, 5x5, pool", "padding 1", "padding 2",
           "stride 1", "max pool", "bias", "ReLU", "no BatchNorm", "type and shape", "eval mode",
           "runtime error", "float32", "device"],
)
