"""kaiming_normal_: fill a weight in place from N(0, std^2), std = gain / sqrt(fan) (He et al.
2015), as torch.nn.init.kaiming_normal_; judged statistically."""
from . import _init as I
from .kaiming_uniform_ import DEFAULTS, PARAMS, TERMS, cases, theory, variants

# the same tensors and arguments as kaiming_uniform_
PROBLEM = I.problem("kaiming_normal_", PARAMS, DEFAULTS, cases, theory("normal"), TERMS, variants("normal"))
