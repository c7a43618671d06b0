"""inception_module: GoogLeNet's Inception module with dimension reductions as an nn.Module
class, judged by parameter count, output shapes and the eval-mode output with
deterministic weights loaded matched by type and shape."""
from ..judge.spec import Problem, Variant
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


# ------------------------------------------------------------ known mistakes, named


def module_with(bn_eps=None, k5=5, avg_pool=False, relu_on_reductions=True):
    """An InceptionModule class (a callable with its constructor's signature) built another way.
    bn_eps: every conv as conv (no bias) - BatchNorm2d(eps=bn_eps) - ReLU (torchvision's BasicConv2d
    has eps=0.001); k5: the kernel of branch 3's second conv (torchvision's GoogLeNet has 3 there)."""
    def build(in_channels, ch1x1, ch3x3red, ch3x3, ch5x5red, ch5x5, pool_proj):
        import torch
        import torch.nn as nn

        def conv(cin, cout, k, relu=True):
            if bn_eps:
                return nn.Sequential(nn.Conv2d(cin, cout, k, padding=k // 2, bias=False),
                                     nn.BatchNorm2d(cout, eps=bn_eps), nn.ReLU())
            return nn.Sequential(nn.Conv2d(cin, cout, k, padding=k // 2), *([nn.ReLU()] if relu else []))

        pool = nn.AvgPool2d(3, stride=1, padding=1) if avg_pool else nn.MaxPool2d(3, stride=1, padding=1)

        class Module(nn.Module):
            def __init__(self):
                super().__init__()
                self.branch1 = conv(in_channels, ch1x1, 1)
                red = relu_on_reductions
                self.branch2 = nn.Sequential(conv(in_channels, ch3x3red, 1, red), conv(ch3x3red, ch3x3, 3))
                self.branch3 = nn.Sequential(conv(in_channels, ch5x5red, 1, red), conv(ch5x5red, ch5x5, k5))
                self.branch4 = nn.Sequential(pool, conv(in_channels, pool_proj, 1))

            def forward(self, x):
                return torch.cat([self.branch1(x), self.branch2(x), self.branch3(x), self.branch4(x)], dim=1)

        return Module()
    return build


_PAPER_EN = ("the paper's module (Fig. 2b) has no BatchNorm, which came later with Inception v2: each conv keeps its "
             "bias and is followed by a ReLU")
_PAPER_ZH = "论文中的模块（图 2b）没有 BatchNorm（它是后来的 Inception v2 才引入的）：每个卷积都带偏置，后接 ReLU"

VARIANTS = [
    Variant("torchvision's GoogLeNet Inception", module_with(bn_eps=0.001, k5=3),
            "you build torchvision's Inception: every conv is its BasicConv2d (conv with bias=False, "
            "BatchNorm2d(eps=0.001), ReLU), and branch 3 has a 3x3 conv with padding 1 where the 5x5 should be (a "
            f"known bug kept for torchvision's pretrained weights, pytorch/vision issue 906); {_PAPER_EN}, and "
            "branch 3's second conv is a 5x5 with padding 2",
            "你写的是 torchvision 的 Inception：每个卷积都是它的 BasicConv2d（bias=False 的卷积、BatchNorm2d(eps=0.001)、"
            "ReLU），而且分支 3 在应为 5x5 的位置用了 padding 1 的 3x3 卷积（torchvision 为了保留预训练权重没有修的已知 "
            f"bug，见 pytorch/vision issue 906）；{_PAPER_ZH}，分支 3 的第二个卷积是 padding 2 的 5x5 卷积",
            name_zh="torchvision 的 GoogLeNet Inception"),
    Variant("conv-BatchNorm-ReLU blocks", module_with(bn_eps=1e-5),
            "every conv of yours is conv (bias=False) - BatchNorm2d - ReLU, the later habit (Inception v2, "
            f"torchvision's GoogLeNet); {_PAPER_EN}",
            "你的每个卷积都写成了 卷积（bias=False）- BatchNorm2d - ReLU，这是后来的习惯（Inception v2、torchvision 的 "
            f"GoogLeNet）；{_PAPER_ZH}",
            name_zh="卷积-BatchNorm-ReLU 块"),
    Variant("average pooling in the pool branch", module_with(avg_pool=True),
            "your pool branch averages (3x3, stride 1, padding 1, as Inception v3's pool branch does); GoogLeNet's is "
            "a 3x3 max pool with stride 1 and padding 1, then the 1x1 projection",
            "你的池化分支用的是平均池化（3x3，stride 1，padding 1，Inception v3 的池化分支就是这样）；GoogLeNet 用的是 "
            "stride 1、padding 1 的 3x3 最大池化，然后接 1x1 投影卷积",
            name_zh="池化分支用了平均池化"),
    Variant("no ReLU after the 1x1 reductions", module_with(relu_on_reductions=False),
            "your 1x1 reductions before the 3x3 and 5x5 convs are linear; in GoogLeNet every conv is followed by a "
            "ReLU, the reductions too: relu(conv3x3(relu(reduce(x))))",
            "你在 3x3 和 5x5 卷积之前的 1x1 降维卷积是线性的；GoogLeNet 中每个卷积后面都接 ReLU，降维卷积也不例外："
            "relu(conv3x3(relu(reduce(x))))",
            name_zh="1x1 降维卷积之后没有 ReLU"),
]


PROBLEM = Problem(
    slug="inception_module",
    entry="InceptionModule",
    kind="torch",
    params=PARAMS,
    cases=cases,
    check=module_check(formula, inputs, order="1x1; 3x3 reduce, 3x3; 5x5 reduce, 5x5; pool projection",
                       explain=explain),
    driver=module_driver("InceptionModule", inputs),
    variants=VARIANTS,
    terms=["nn.Module", "ch1x1 + ch3x3 + ch5x5 + pool_proj", "1x1, 3x3, 5x5, pool", "padding 1", "padding 2",
           "stride 1", "max pool", "bias", "ReLU", "no BatchNorm", "type and shape", "eval mode",
           "runtime error", "float32", "device"],
)
