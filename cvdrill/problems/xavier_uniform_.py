"""xavier_uniform_: fill a weight in place from U(-b, b), b = gain * sqrt(6 / (fan_in + fan_out))
(Glorot & Bengio 2010), as torch.nn.init.xavier_uniform_; judged statistically."""
import math

from ..judge.spec import Case
from . import _init as I

PARAMS = ["tensor", "gain"]
DEFAULTS = {"gain": 1.0}


def theory(dist: str, fans=I.fans, fan=None, with_gain: bool = True, sigma=None):
    """(shape, args) -> (dist, std, how): the same std for xavier_uniform_ and xavier_normal_.
    A known mistake changes a piece: the fans, fan(fan_in, fan_out) for the mean of the two,
    the gain left out, or sigma(std), the std the values are drawn with."""
    def of(shape, a):
        fi, fo = fans(shape)
        g = a["gain"] if with_gain else 1.0
        std = g * math.sqrt(1.0 / fan(fi, fo)) if fan else g * math.sqrt(2.0 / (fi + fo))
        return dist, sigma(std) if sigma else std, (f"gain * sqrt(2 / (fan_in + fan_out)) = {a['gain']:.6g} * "
                                                    f"sqrt(2 / ({fi} + {fo})) = {std:.6g}")
    return of


def variants(dist: str) -> list:
    """The known mistakes, for xavier_uniform_ (dist "uniform") and xavier_normal_ ("normal")."""
    def v(name, name_zh, th, why_en, why_zh):
        return I.variant(PARAMS, DEFAULTS, name, name_zh, th, why_en, why_zh)

    std = "bound = gain * sqrt(6 / (fan_in + fan_out))" if dist == "uniform" else "std = gain * sqrt(2 / (fan_in + fan_out))"
    mine = "gain * sqrt(3 / fan_in)" if dist == "uniform" else "gain * sqrt(1 / fan_in)"
    out = [
        v("fan_in alone (LeCun's rule, Caffe's \"xavier\")", "只用了 fan_in（LeCun 的做法，Caffe 的 \"xavier\"）",
          theory(dist, fan=lambda fi, fo: fi),
          f"your {'bound' if dist == 'uniform' else 'std'} is {mine}: the variance 1 / fan_in of LeCun's rule "
          "(and of Caffe's \"xavier\" filler, whose default variance_norm is FAN_IN); Glorot and Bengio average "
          f"the two fans, Var = 2 / (fan_in + fan_out), so {std}",
          f"你的 {'bound' if dist == 'uniform' else 'std'} 是 {mine}，即 LeCun 做法的方差 1 / fan_in"
          "（Caffe 的 \"xavier\" filler 默认 variance_norm 为 FAN_IN，也是这样）；Glorot 和 Bengio 取两个 fan 的平均，"
          f"Var = 2 / (fan_in + fan_out)，所以 {std}"),
        v("fans without the receptive field", "fan 没乘感受野大小",
          theory(dist, fans=lambda shape: (shape[1], shape[0])),
          "your fans are shape[1] and shape[0] alone; for a conv weight [out, in, *kernel] torch multiplies both "
          "by the receptive field, the product of shape[2:] (fan_in = in * kh * kw for Conv2d)",
          "你的 fan 只取了 shape[1] 和 shape[0]；对卷积权重 [out, in, *kernel]，torch 会把两者都乘以感受野大小，"
          "即 shape[2:] 的乘积（Conv2d 的 fan_in = in * kh * kw）"),
        v("the gain left out", "漏了 gain", theory(dist, with_gain=False),
          f"your values do not depend on `gain`: you use {std.replace('gain * ', '')}; torch multiplies it by "
          "gain (e.g. sqrt(2) for relu, 5/3 for tanh)",
          f"你的结果与 `gain` 无关：用的是 {std.replace('gain * ', '')}；torch 会再乘以 gain"
          "（例如 relu 为 sqrt(2)，tanh 为 5/3）"),
    ]
    if dist == "uniform":
        out += [
            v("the std used as the bound", "把 std 当成了 bound", theory(dist, sigma=lambda s: s / math.sqrt(3)),
              "you draw from U(-std, std) with std = gain * sqrt(2 / (fan_in + fan_out)); U(-b, b) has std "
              "b / sqrt(3), so the bound is sqrt(3) * std = gain * sqrt(6 / (fan_in + fan_out))",
              "你从 U(-std, std) 采样，std = gain * sqrt(2 / (fan_in + fan_out))；U(-b, b) 的标准差是 b / sqrt(3)，"
              "所以 bound 应为 sqrt(3) * std = gain * sqrt(6 / (fan_in + fan_out))"),
            v("a normal distribution", "用了正态分布", theory("normal"),
              "you draw from N(0, std^2) with the right std = gain * sqrt(2 / (fan_in + fan_out)) (xavier_normal_); "
              "xavier_uniform_ draws from U(-bound, bound), bound = sqrt(3) * std, and never exceeds the bound",
              "你从 N(0, std^2) 采样，std = gain * sqrt(2 / (fan_in + fan_out)) 是对的（这是 xavier_normal_）；"
              "xavier_uniform_ 从 U(-bound, bound) 采样，bound = sqrt(3) * std，取值不会超出 bound"),
        ]
    else:
        out += [
            v("the variance passed as the std", "把方差当成了 std 传入", theory(dist, sigma=lambda s: s * s),
              "you pass gain^2 * 2 / (fan_in + fan_out), the variance, to normal_; normal_(mean, std) takes the "
              "standard deviation, std = gain * sqrt(2 / (fan_in + fan_out))",
              "你把方差 gain^2 * 2 / (fan_in + fan_out) 传给了 normal_；normal_(mean, std) 的参数是标准差，"
              "应为 std = gain * sqrt(2 / (fan_in + fan_out))"),
            v("a uniform distribution", "用了均匀分布", theory("uniform"),
              "you draw from U(-bound, bound) with bound = sqrt(3) * std, the right std (xavier_uniform_): the "
              "mean and std match, the shape does not; xavier_normal_ draws from N(0, std^2), "
              "std = gain * sqrt(2 / (fan_in + fan_out))",
              "你从 U(-bound, bound) 采样，bound = sqrt(3) * std，std 是对的（这是 xavier_uniform_）：均值和标准差都对，"
              "但分布形状不对；xavier_normal_ 从 N(0, std^2) 采样，std = gain * sqrt(2 / (fan_in + fan_out))"),
        ]
    return out


def cases(rng):
    """Shared with xavier_normal_."""
    yield from I.shape_cases()
    yield Case("gain=sqrt(2) (relu), [512,256]", (I.tensor((512, 256)),), {"gain": math.sqrt(2)})
    yield Case("gain=5/3 (tanh) by position, Conv2d [96,48,3,3], float64",
               (I.tensor((96, 48, 3, 3), "float64"), 5 / 3))


PROBLEM = I.problem("xavier_uniform_", PARAMS, DEFAULTS, cases, theory("uniform"),
                    ["sqrt(6 / (fan_in + fan_out))", "gain"], variants("uniform"))
