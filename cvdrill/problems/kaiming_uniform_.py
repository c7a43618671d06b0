"""kaiming_uniform_: fill a weight in place from U(-b, b), b = gain * sqrt(3 / fan) (He et al.
2015), as torch.nn.init.kaiming_uniform_; judged statistically."""
import math

from ..judge.spec import Case
from . import _init as I

PARAMS = ["tensor", "a", "mode", "nonlinearity"]
DEFAULTS = {"a": 0, "mode": "fan_in", "nonlinearity": "leaky_relu"}


def theory(dist: str):
    """(shape, args) -> (dist, std, how): the same std for kaiming_uniform_ and kaiming_normal_."""
    def of(shape, a):
        fi, fo = I.fans(shape)
        fan = fi if a["mode"] == "fan_in" else fo
        g = I.gain(a["nonlinearity"], a["a"])
        std = g / math.sqrt(fan)
        return dist, std, (f"gain / sqrt({a['mode']}) = {g:.6g} / sqrt({fan}) = {std:.6g} "
                           f"(gain for {a['nonlinearity']!r}, a={a['a']:.6g})")
    return of


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

PROBLEM = I.problem("kaiming_uniform_", PARAMS, DEFAULTS, cases, theory("uniform"), ["sqrt(3)"] + TERMS)
