"""kaiming_normal_: fill a weight in place from N(0, std^2), std = gain / sqrt(fan) (He et al.
2015), as torch.nn.init.kaiming_normal_; judged statistically."""
import math

from ..judge.spec import Problem
from . import _init as I
from .kaiming_uniform_ import DEFAULTS, PARAMS, cases


def theory(shape, a):
    fi, fo = I.fans(shape)
    fan = fi if a["mode"] == "fan_in" else fo
    g = I.gain(a["nonlinearity"], a["a"])
    std = g / math.sqrt(fan)
    return "normal", std, (f"gain / sqrt({a['mode']}) = {g:.6g} / sqrt({fan}) = {std:.6g} "
                           f"(gain for {a['nonlinearity']!r}, a={a['a']:.6g})")


PROBLEM = Problem(
    slug="kaiming_normal_",
    kind="torch",
    params=PARAMS,
    cases=cases,  # the same tensors and arguments as kaiming_uniform_
    check=I.make_check(PARAMS, DEFAULTS, theory),
    driver=I.driver,
    forbidden=["torch.nn.init.*", "torch.nn.init"],
    statistical=True,
    terms=["gain / sqrt(fan)", "fan_in", "fan_out", "receptive field", "at least 2 dimensions",
           "sqrt(2 / (1 + a^2))", "5/3", "\"linear\"", "\"sigmoid\"", "\"relu\"", "a is used only",
           "in place", "return the tensor itself", "torch.no_grad", "requires_grad=True", "nan", "every element",
           "dtype", "device", "empty", "manual_seed", "two calls", "statistically", "kolmogorov-smirnov"],
)
