"""depthwise_separable_conv: MobileNet v1's block (3x3 depthwise conv-BN-ReLU, 1x1 pointwise
conv-BN-ReLU) as an nn.Module class, judged by parameter count, output shapes and the
eval-mode output with deterministic weights."""
from ..judge.spec import Problem, Variant
from ._modules import ctor_case, module_check, module_driver


def cases(rng):
    yield ctor_case("stride 1 by default", 4, 8)
    yield ctor_case("stride 2 (odd input sizes round up)", 6, 10, 2)
    yield ctor_case("in_channels = out_channels", 8, 8)
    yield ctor_case("in_channels = out_channels, stride 2", 8, 8, 2)
    yield ctor_case("fewer output channels than input channels", 12, 5, 1)
    yield ctor_case("in_channels = 1", 1, 4, 1)
    yield ctor_case("MobileNet v1 layer 2 (32 -> 64)", 32, 64, 1)
    yield ctor_case("MobileNet v1 layer 3 (64 -> 128, stride 2)", 64, 128, 2)
    for cin, cout, s in ((3, 7, 1), (16, 24, 2), (20, 20, 1)):
        yield ctor_case(f"{cin} -> {cout}, stride {s}", cin, cout, s, random=True)


def inputs(ints, kw):
    cin = ints[0]
    return [(2, cin, 8, 8), (1, cin, 7, 5)]


def formula(ints, kw):
    cin, cout = ints[0], ints[1]
    return (f"9*Cin + Cin*Cout + 2*Cin + 2*Cout with Cin={cin}, Cout={cout} "
            f"(depthwise {9 * cin}, pointwise {cin * cout}, BatchNorm {2 * cin} + {2 * cout})")


# ------------------------------------------------------------ known mistakes, named


def block_with(groups_one=False, bias=False, mid="bn_relu", relu6=False):
    """A DepthwiseSeparableConv class (a callable with its constructor's signature) built with
    one slip. mid: what comes between the two convs: "bn_relu" (MobileNet v1), "bn" (no ReLU)
    or "none" (Xception's SeparableConv, Keras's SeparableConv2D: the two convs back to back)."""
    def build(in_channels, out_channels, stride=1):
        import torch.nn as nn

        act = nn.ReLU6 if relu6 else nn.ReLU
        groups = 1 if groups_one else in_channels
        layers = [nn.Conv2d(in_channels, in_channels, 3, stride, 1, groups=groups, bias=bias)]
        layers += {"bn_relu": [nn.BatchNorm2d(in_channels), act()], "bn": [nn.BatchNorm2d(in_channels)],
                   "none": []}[mid]
        layers += [nn.Conv2d(in_channels, out_channels, 1, bias=bias), nn.BatchNorm2d(out_channels), act()]
        return nn.Sequential(*layers)
    return build


VARIANTS = [
    Variant("a full 3x3 conv (groups=1)", block_with(groups_one=True),
            "your first conv has no groups=in_channels, so each of its in_channels filters sees every input channel: "
            "a weight [Cin, Cin, 3, 3], 9*Cin*Cin parameters; the depthwise conv filters each channel on its own, "
            "groups=in_channels, weight [Cin, 1, 3, 3], 9*Cin parameters",
            "你的第一个卷积没有写 groups=in_channels，它的 in_channels 个卷积核每个都看到所有输入通道：权重为 "
            "[Cin, Cin, 3, 3]，共 9*Cin*Cin 个参数；深度卷积对每个通道单独滤波，groups=in_channels，权重为 "
            "[Cin, 1, 3, 3]，共 9*Cin 个参数",
            name_zh="完整的 3x3 卷积（groups=1）"),
    Variant("convs with bias=True", block_with(bias=True),
            "your convs keep nn.Conv2d's default bias=True: Cin + Cout more parameters; each conv here is followed by "
            "a BatchNorm2d whose beta already shifts the output (and whose mean subtraction cancels a conv bias in "
            "training), so MobileNet builds both with bias=False",
            "你的卷积保留了 nn.Conv2d 的默认 bias=True：多出 Cin + Cout 个参数；这里每个卷积后面都接 BatchNorm2d，"
            "它的 beta 已经负责平移输出（训练时减均值也会抵消卷积的偏置），所以 MobileNet 的两个卷积都用 bias=False",
            name_zh="卷积带 bias=True"),
    Variant("no ReLU after the depthwise BatchNorm", block_with(mid="bn"),
            "you apply BatchNorm2d after the depthwise conv but no ReLU before the pointwise conv; MobileNet v1 "
            "follows each of its two convs with BatchNorm and ReLU: relu(bn2(pointwise(relu(bn1(depthwise(x))))))",
            "你在深度卷积之后做了 BatchNorm2d，但进入逐点卷积之前没有 ReLU；MobileNet v1 的两个卷积后面都跟着 BatchNorm "
            "和 ReLU：relu(bn2(pointwise(relu(bn1(depthwise(x))))))",
            name_zh="深度卷积的 BatchNorm 之后没有 ReLU"),
    Variant("Xception's separable conv (nothing between the convs)", block_with(mid="none"),
            "your depthwise conv goes straight into the pointwise conv, as in Xception's SeparableConv2d or Keras's "
            "SeparableConv2D, 2*Cin parameters short; MobileNet v1 puts BatchNorm2d(in_channels) and a ReLU between "
            "them: relu(bn2(pointwise(relu(bn1(depthwise(x))))))",
            "你的深度卷积直接接逐点卷积，与 Xception 的 SeparableConv2d 或 Keras 的 SeparableConv2D 一样，少了 2*Cin "
            "个参数；MobileNet v1 在两者之间有 BatchNorm2d(in_channels) 和 ReLU：relu(bn2(pointwise(relu(bn1(depthwise(x))))))",
            name_zh="Xception 式可分离卷积（两个卷积之间什么都没有）"),
    Variant("ReLU6", block_with(relu6=True),
            "you clip at 6 with ReLU6 (min(max(x, 0), 6), as MobileNet v2 and TensorFlow's MobileNet v1 do); "
            "this block uses the plain ReLU, max(x, 0)",
            "你用 ReLU6 在 6 处截断（min(max(x, 0), 6)，MobileNet v2 和 TensorFlow 版 MobileNet v1 都这样做）；"
            "本题的模块用的是普通 ReLU：max(x, 0)",
            name_zh="ReLU6"),
]


PROBLEM = Problem(
    slug="depthwise_separable_conv",
    entry="DepthwiseSeparableConv",
    kind="torch",
    params=["in_channels", "out_channels", "stride"],
    cases=cases,
    check=module_check(formula, inputs, order="depthwise conv, its BatchNorm2d, pointwise conv, its BatchNorm2d"),
    driver=module_driver("DepthwiseSeparableConv", inputs),
    variants=VARIANTS,
    terms=["nn.Module", "groups=in_channels", "padding 1", "1x1", "bias=False", "BatchNorm2d", "ReLU",
           "eps=1e-5", "9*Cin + Cin*Cout + 2*Cin + 2*Cout", "type and shape", "eval mode", "stride",
           "(H - 1) // stride + 1", "float32", "device"],
)
