"""xavier_normal_: fill a weight in place from N(0, std^2), std = gain * sqrt(2 / (fan_in + fan_out))
(Glorot & Bengio 2010), as torch.nn.init.xavier_normal_; judged statistically."""
import math

from ..judge.spec import Case, Problem
from . import _init as I

PARAMS = ["tensor", "gain"]
DEFAULTS = {"gain": 1.0}


def theory(shape, a):
    fi, fo = I.fans(shape)
    std = a["gain"] * math.sqrt(2.0 / (fi + fo))
    return "normal", std, f"gain * sqrt(2 / (fan_in + fan_out)) = {a['gain']:.6g} * sqrt(2 / ({fi} + {fo})) = {std:.6g}"


def cases(rng):
    yield from I.shape_cases()
    yield Case("gain=sqrt(2) (relu), [512,256]", (I.tensor((512, 256)),), {"gain": math.sqrt(2)})
    yield Case("gain=5/3 (tanh) by position, Conv2d [96,48,3,3], float64",
               (I.tensor((96, 48, 3, 3), "float64"), 5 / 3))


PROBLEM = Problem(
    slug="xavier_normal_",
    kind="torch",
    params=PARAMS,
    cases=cases,
    check=I.make_check(PARAMS, DEFAULTS, theory),
    driver=I.driver,
    forbidden=["torch.nn.init.*", "torch.nn.init"],
    statistical=True,
    terms=["sqrt(2 / (fan_in + fan_out))", "fan_in", "fan_out", "receptive field", "at least 2 dimensions",
           "in place", "return the tensor itself", "torch.no_grad", "requires_grad=True", "nan", "every element",
           "dtype", "device", "empty", "manual_seed", "two calls", "statistically", "kolmogorov-smirnov",
           "gain"],
)
