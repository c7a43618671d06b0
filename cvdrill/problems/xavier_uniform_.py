"""xavier_uniform_: fill a weight in place from U(-b, b), b = gain * sqrt(6 / (fan_in + fan_out))
(Glorot & Bengio 2010), as torch.nn.init.xavier_uniform_; judged statistically."""
import math

from ..judge.spec import Case
from . import _init as I

PARAMS = ["tensor", "gain"]
DEFAULTS = {"gain": 1.0}


def theory(dist: str):
    """(shape, args) -> (dist, std, how): the same std for xavier_uniform_ and xavier_normal_."""
    def of(shape, a):
        fi, fo = I.fans(shape)
        std = a["gain"] * math.sqrt(2.0 / (fi + fo))
        return dist, std, f"gain * sqrt(2 / (fan_in + fan_out)) = {a['gain']:.6g} * sqrt(2 / ({fi} + {fo})) = {std:.6g}"
    return of


def cases(rng):
    """Shared with xavier_normal_."""
    yield from I.shape_cases()
    yield Case("gain=sqrt(2) (relu), [512,256]", (I.tensor((512, 256)),), {"gain": math.sqrt(2)})
    yield Case("gain=5/3 (tanh) by position, Conv2d [96,48,3,3], float64",
               (I.tensor((96, 48, 3, 3), "float64"), 5 / 3))


PROBLEM = I.problem("xavier_uniform_", PARAMS, DEFAULTS, cases, theory("uniform"),
                    ["sqrt(6 / (fan_in + fan_out))", "gain"])
