"""basic_block: the ResNet-18/34 BasicBlock (torchvision's) as an nn.Module class, judged by
parameter count, output shapes and the eval-mode output with deterministic weights loaded
matched by type and shape."""
from ..judge.spec import Problem
from ._modules import ctor_case, module_check, module_driver


def cases(rng):
    yield ctor_case("identity shortcut (stride 1 by default, in_planes = planes)", 8, 8)
    yield ctor_case("stride 2: the shortcut downsamples (1x1 conv + BN)", 8, 16, 2)
    yield ctor_case("stride 2, in_planes = planes (still a projection)", 8, 8, 2)
    yield ctor_case("stride 1, in_planes != planes (projection without stride)", 6, 10, 1)
    yield ctor_case("fewer planes than inputs", 12, 4, 1)
    yield ctor_case("ResNet-18 layer1 block (64 -> 64)", 64, 64, 1)
    yield ctor_case("ResNet-18 layer2 first block (64 -> 128, stride 2)", 64, 128, 2)
    for cin, p, s in ((3, 5, 1), (16, 16, 1), (10, 20, 2)):
        yield ctor_case(f"{cin} -> {p}, stride {s}", cin, p, s, random=True)


def inputs(ints, kw):
    cin = ints[0]
    return [(2, cin, 8, 8), (1, cin, 7, 5)]


def formula(ints, kw):
    cin, p = ints[0], ints[1]
    s = ints[2] if len(ints) > 2 else kw.get("stride", 1)
    text = f"9*in_planes*planes + 9*planes*planes + 4*planes = {9 * cin * p} + {9 * p * p} + {4 * p}"
    if s != 1 or cin != p:
        text += f", plus the shortcut's 1x1 conv and BN in_planes*planes + 2*planes = {cin * p} + {2 * p}"
    else:
        text += " (identity shortcut: no parameters)"
    return text + f", with in_planes={cin}, planes={p}, stride={s}"


PROBLEM = Problem(
    slug="basic_block",
    entry="BasicBlock",
    kind="torch",
    params=["in_planes", "planes", "stride"],
    cases=cases,
    check=module_check(formula, inputs, order="conv1, bn1, conv2, bn2, shortcut conv, shortcut bn"),
    driver=module_driver("BasicBlock", inputs),
    forbidden=["torchvision.models.resnet.*", "torchvision.models.resnet*"],
    terms=["nn.Module", "3x3", "padding 1", "bias=False", "BatchNorm2d", "after the addition", "identity",
           "stride != 1 or in_planes != planes", "1x1", "type and shape", "conv1, bn1, conv2, bn2",
           "eval mode", "runtime error", "(H - 1) // stride + 1", "float32", "device"],
)
