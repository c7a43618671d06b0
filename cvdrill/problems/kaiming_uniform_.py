"""kaiming_uniform_: fill a weight in place from U(-b, b), b = gain * sqrt(3 / fan) (He et al.
2015), as torch.nn.init.kaiming_uniform_; judged statistically."""
import math

from ..judge.spec import Case
from . import _init as I

PARAMS = ["tensor", "a", "mode", "nonlinearity"]
DEFAULTS = {"a": 0, "mode": "fan_in", "nonlinearity": "leaky_relu"}


def theory(dist: str, fans=I.fans, gain=I.gain, swap: bool = False, sigma=None):
    """(shape, args) -> (dist, std, how): the same std for kaiming_uniform_ and kaiming_normal_.
    A known mistake changes a piece: the fans, the gain, fan_in and fan_out swapped, or
    sigma(std), the std the values are drawn with."""
    def of(shape, a):
        fi, fo = fans(shape)
        if swap:
            fi, fo = fo, fi
        fan = fi if a["mode"] == "fan_in" else fo
        g = gain(a["nonlinearity"], a["a"])
        std = g / math.sqrt(fan)
        return dist, sigma(std) if sigma else std, (f"gain / sqrt({a['mode']}) = {g:.6g} / sqrt({fan}) = {std:.6g} "
                                                    f"(gain for {a['nonlinearity']!r}, a={a['a']:.6g})")
    return of


def _slope_ignored(nonlinearity, a):
    return math.sqrt(2.0) if nonlinearity == "leaky_relu" else I.gain(nonlinearity, a)


def variants(dist: str) -> list:
    """The known mistakes, for kaiming_uniform_ (dist "uniform") and kaiming_normal_ ("normal")."""
    def v(name, name_zh, th, why_en, why_zh):
        return I.variant(PARAMS, DEFAULTS, name, name_zh, th, why_en, why_zh)

    out = [
        v("fan_in and fan_out swapped", "fan_in 与 fan_out 弄反了", theory(dist, swap=True),
          "you take fan_in from shape[0] and fan_out from shape[1], the [in, out] layout of a numpy-style "
          "`x @ W`; a torch weight is [out, in, *kernel], so fan_in = shape[1] * receptive field and "
          "fan_out = shape[0] * receptive field (mode=\"fan_in\", the default, uses shape[1])",
          "你把 shape[0] 当成 fan_in、shape[1] 当成 fan_out，这是 numpy 风格 `x @ W` 的 [in, out] 布局；"
          "torch 的权重是 [out, in, *kernel]，所以 fan_in = shape[1] * 感受野大小，fan_out = shape[0] * 感受野大小"
          "（默认的 mode=\"fan_in\" 用的是 shape[1]）"),
        v("fans without the receptive field", "fan 没乘感受野大小",
          theory(dist, fans=lambda shape: (shape[1], shape[0])),
          "your fans are shape[1] and shape[0] alone; for a conv weight [out, in, *kernel] torch multiplies both "
          "by the receptive field, the product of shape[2:] (fan_in = in * kh * kw for Conv2d): each output sees "
          "that many inputs",
          "你的 fan 只取了 shape[1] 和 shape[0]；对卷积权重 [out, in, *kernel]，torch 会把两者都乘以感受野大小，"
          "即 shape[2:] 的乘积（Conv2d 的 fan_in = in * kh * kw）：每个输出连接这么多个输入"),
        v("no gain (std = 1 / sqrt(fan))", "漏了 gain（std = 1 / sqrt(fan)）",
          theory(dist, gain=lambda nonlinearity, a: 1.0),
          "you draw with std = 1 / sqrt(fan) whatever the nonlinearity (LeCun's rule); He's std is "
          "gain / sqrt(fan), with gain sqrt(2 / (1 + a^2)) for the default \"leaky_relu\" (sqrt(2) for a = 0: "
          "a ReLU halves the variance), sqrt(2) for \"relu\" and 5/3 for \"tanh\"",
          "不管 nonlinearity 是什么你都用 std = 1 / sqrt(fan)（LeCun 的做法）；He 初始化的 std 是 gain / sqrt(fan)，"
          "默认的 \"leaky_relu\" 的 gain 为 sqrt(2 / (1 + a^2))（a = 0 时为 sqrt(2)：ReLU 会让方差减半），"
          "\"relu\" 为 sqrt(2)，\"tanh\" 为 5/3"),
        v("the negative slope a ignored", "忽略了负半轴斜率 a", theory(dist, gain=_slope_ignored),
          "your gain for \"leaky_relu\" is sqrt(2) whatever a is; torch's is sqrt(2 / (1 + a^2)), so nn.Linear's "
          "a = sqrt(5) gives gain sqrt(1/3), not sqrt(2)",
          "你对 \"leaky_relu\" 的 gain 不管 a 是多少都取 sqrt(2)；torch 的是 sqrt(2 / (1 + a^2))，"
          "所以 nn.Linear 的 a = sqrt(5) 对应 gain sqrt(1/3)，而不是 sqrt(2)"),
    ]
    if dist == "uniform":
        out.append(v("the std used as the bound", "把 std 当成了 bound", theory(dist, sigma=lambda s: s / math.sqrt(3)),
                     "you draw from U(-std, std) with std = gain / sqrt(fan); U(-b, b) has std b / sqrt(3), so the "
                     "bound is sqrt(3) * std = gain * sqrt(3 / fan)",
                     "你从 U(-std, std) 采样，std = gain / sqrt(fan)；U(-b, b) 的标准差是 b / sqrt(3)，"
                     "所以 bound 应为 sqrt(3) * std = gain * sqrt(3 / fan)"))
    else:
        out.append(v("the variance passed as the std", "把方差当成了 std 传入", theory(dist, sigma=lambda s: s * s),
                     "you pass gain^2 / fan, the variance, to normal_; normal_(mean, std) takes the standard "
                     "deviation, std = gain / sqrt(fan)",
                     "你把方差 gain^2 / fan 传给了 normal_；normal_(mean, std) 的参数是标准差，"
                     "应为 std = gain / sqrt(fan)"))
    return out


def cases(rng):
    """Shared with kaiming_normal_: every gain, both modes, a by position and by keyword."""
    t = I.tensor
    yield from I.shape_cases()
    yield Case("a=sqrt(5) by position: nn.Linear's default init, [512,128]", (t((512, 128)), math.sqrt(5)))
    yield Case("leaky_relu with a=0.2, [256,1024]", (t((256, 1024)),), {"a": 0.2})
    yield Case("mode=\"fan_out\", nonlinearity=\"relu\" (ResNet's conv init), [128,64,3,3]",
               (t((128, 64, 3, 3)),), {"mode": "fan_out", "nonlinearity": "relu"})
    yield Case("mode=\"fan_out\", default leaky_relu, [256,512], float64", (t((256, 512), "float64"),),
               {"mode": "fan_out"})
    yield Case("nonlinearity=\"tanh\" (gain 5/3), [512,256]", (t((512, 256)),), {"nonlinearity": "tanh"})
    yield Case("nonlinearity=\"linear\" (gain 1), [256,512], float64", (t((256, 512), "float64"),),
               {"nonlinearity": "linear"})
    yield Case("nonlinearity=\"sigmoid\" (gain 1), Conv2d [64,64,3,3]", (t((64, 64, 3, 3)),),
               {"nonlinearity": "sigmoid"})
    yield Case("nonlinearity=\"relu\" ignores a=1, [512,256]", (t((512, 256)),), {"a": 1.0, "nonlinearity": "relu"})
    yield Case("all four by position: a=0.1, \"fan_out\", \"leaky_relu\", [384,192]",
               (t((384, 192)), 0.1, "fan_out", "leaky_relu"))


# the gain family and the formula, beside _init.TERMS
TERMS = ["gain / sqrt(fan)", "sqrt(2 / (1 + a^2))", "5/3", "\"linear\"", "\"sigmoid\"", "\"relu\"", "a is used only"]

PROBLEM = I.problem("kaiming_uniform_", PARAMS, DEFAULTS, cases, theory("uniform"), ["sqrt(3)"] + TERMS,
                    variants("uniform"))
