"""xavier_normal_: fill a weight in place from N(0, std^2), std = gain * sqrt(2 / (fan_in + fan_out))
(Glorot & Bengio 2010), as torch.nn.init.xavier_normal_; judged statistically."""
from . import _init as I
from .xavier_uniform_ import DEFAULTS, PARAMS, cases, theory, variants

PROBLEM = I.problem("xavier_normal_", PARAMS, DEFAULTS, cases, theory("normal"),
                    ["sqrt(2 / (fan_in + fan_out))", "gain"], variants("normal"))
