"""basic_block: the ResNet-18/34 BasicBlock (torchvision's) as an nn.Module class, judged by
parameter count, output shapes and the eval-mode output with deterministic weights loaded
matched by type and shape."""
from ..judge.spec import Problem, Variant
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


# ------------------------------------------------------------ known mistakes, named


def block_with(relu_before_add=False, final_relu=True, bias=False, shortcut_bn=True, stride_on_conv2=False):
    """A BasicBlock class (a callable with its constructor's signature) built with one slip."""
    def build(in_planes, planes, stride=1):
        import torch.nn as nn
        import torch.nn.functional as F

        s1, s2 = (1, stride) if stride_on_conv2 else (stride, 1)

        class Block(nn.Module):
            def __init__(self):
                super().__init__()
                self.conv1 = nn.Conv2d(in_planes, planes, 3, s1, 1, bias=bias)
                self.bn1 = nn.BatchNorm2d(planes)
                self.conv2 = nn.Conv2d(planes, planes, 3, s2, 1, bias=bias)
                self.bn2 = nn.BatchNorm2d(planes)
                self.shortcut = nn.Identity()
                if stride != 1 or in_planes != planes:
                    proj = [nn.Conv2d(in_planes, planes, 1, stride, bias=bias)]
                    self.shortcut = nn.Sequential(*proj, *([nn.BatchNorm2d(planes)] if shortcut_bn else []))

            def forward(self, x):
                out = self.bn2(self.conv2(F.relu(self.bn1(self.conv1(x)))))
                out = (F.relu(out) if relu_before_add else out) + self.shortcut(x)
                return F.relu(out) if final_relu else out

        return Block()
    return build


VARIANTS = [
    Variant("the ReLU before the addition", block_with(relu_before_add=True, final_relu=False),
            "you return relu(bn2(conv2(...))) + shortcut(x): the ReLU is on the main path before the sum and "
            "the output is not rectified; the BasicBlock adds first and rectifies the sum, "
            "relu(bn2(conv2(...)) + shortcut(x)), so negative sums become 0 and the main path may be negative",
            "你返回的是 relu(bn2(conv2(...))) + shortcut(x)：ReLU 放在了主路径上、相加之前，输出本身没有再过 ReLU；"
            "BasicBlock 是先相加再对和做 ReLU：relu(bn2(conv2(...)) + shortcut(x))，和为负的位置变成 0，而主路径本身可以为负",
            name_zh="ReLU 放在相加之前"),
    Variant("no ReLU after the addition", block_with(final_relu=False),
            "you return bn2(conv2(...)) + shortcut(x) without the last ReLU; the BasicBlock ends with "
            "relu(bn2(conv2(...)) + shortcut(x)) (only the pre-activation ResNet v2 leaves the sum unrectified)",
            "你返回的是 bn2(conv2(...)) + shortcut(x)，少了最后一个 ReLU；BasicBlock 的输出是 "
            "relu(bn2(conv2(...)) + shortcut(x))（只有预激活的 ResNet v2 才不对和做 ReLU）",
            name_zh="相加之后没有 ReLU"),
    Variant("convs with bias=True", block_with(bias=True),
            "your convs keep nn.Conv2d's default bias=True: planes more parameters per conv (2*planes, or 3*planes "
            "with a projection shortcut); every conv here is followed by a BatchNorm2d, whose beta does a bias's job "
            "(the mean subtraction cancels a conv bias in training), so ResNet builds them with bias=False",
            "你的卷积保留了 nn.Conv2d 的默认 bias=True：每个卷积多出 planes 个参数（共 2*planes，有投影捷径时 "
            "3*planes）；这里每个卷积后面都接 BatchNorm2d，它的 beta 起到偏置的作用（训练时减均值会抵消卷积的偏置），"
            "所以 ResNet 中卷积都用 bias=False",
            name_zh="卷积带 bias=True"),
    Variant("a projection shortcut without BatchNorm", block_with(shortcut_bn=False),
            "your projection shortcut is the 1x1 conv alone, 2*planes parameters short; torchvision's downsample "
            "is the 1x1 conv (the block's stride, bias=False) followed by BatchNorm2d(planes), so that the "
            "shortcut is normalised like the main path it is added to",
            "你的投影捷径只有 1x1 卷积，少了 2*planes 个参数；torchvision 的 downsample 是 1x1 卷积（使用本模块的 "
            "stride，bias=False）后接 BatchNorm2d(planes)，使捷径与它要相加的主路径一样经过归一化",
            name_zh="投影捷径没有 BatchNorm"),
    Variant("the stride on conv2", block_with(stride_on_conv2=True),
            "your conv1 has stride 1 and conv2 carries the block's stride (where ResNet v1.5 puts it in the "
            "Bottleneck, on its 3x3 conv); in the BasicBlock conv1 downsamples and conv2 always has stride 1. The "
            "shapes agree but different pixels are sampled",
            "你的 conv1 步长为 1，由 conv2 承担本模块的 stride（ResNet v1.5 在 Bottleneck 中就是把步长放在其 3x3 卷积上）；"
            "BasicBlock 中是 conv1 下采样，conv2 的步长始终为 1。两者形状相同，但采样到的像素不同",
            name_zh="步长放在了 conv2 上"),
]


PROBLEM = Problem(
    slug="basic_block",
    entry="BasicBlock",
    kind="torch",
    params=["in_planes", "planes", "stride"],
    cases=cases,
    check=module_check(formula, inputs, order="conv1, bn1, conv2, bn2, shortcut conv, shortcut bn"),
    driver=module_driver("BasicBlock", inputs),
    variants=VARIANTS,
    forbidden=["torchvision.models.resnet.*", "torchvision.models.resnet*"],
    terms=["nn.Module", "3x3", "padding 1", "bias=False", "BatchNorm2d", "after the addition", "identity",
           "stride != 1 or in_planes != planes", "1x1", "type and shape", "conv1, bn1, conv2, bn2",
           "eval mode", "runtime error", "(H - 1) // stride + 1", "float32", "device"],
)
