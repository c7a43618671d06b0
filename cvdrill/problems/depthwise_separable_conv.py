"""depthwise_separable_conv: MobileNet v1's block (3x3 depthwise conv-BN-ReLU, 1x1 pointwise
conv-BN-ReLU) as an nn.Module class, judged by parameter count, output shapes and the
eval-mode output with deterministic weights."""
from ..judge.spec import Problem
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


PROBLEM = Problem(
    slug="depthwise_separable_conv",
    entry="DepthwiseSeparableConv",
    kind="torch",
    params=["in_channels", "out_channels", "stride"],
    cases=cases,
    check=module_check(formula, inputs, order="depthwise conv, its BatchNorm2d, pointwise conv, its BatchNorm2d"),
    driver=module_driver("DepthwiseSeparableConv", inputs),
    terms=["nn.Module", "groups=in_channels", "padding 1", "1x1", "bias=False", "BatchNorm2d", "ReLU",
           "eps=1e-5", "9*Cin + Cin*Cout + 2*Cin + 2*Cout", "type and shape", "eval mode", "stride",
           "(H - 1) // stride + 1", "float32", "device"],
)
