# expect: forbidden
# message: aten::native_batch_norm
# The operator behind F.batch_norm on clones of the running statistics, through torch.ops.aten by a name built at run time (no name to scan).
from torch._ops import ops

_aten = getattr(ops, "at" + "en")  # torch.ops.aten, by a name built at run time: none to scan


def batch_norm(x, running_mean, running_var, weight, bias, training, momentum=0.1, eps=1e-5):
    rm, rv = running_mean.clone(), running_var.clone()
    y = getattr(_aten, "native_b" + "atch_norm").default(x, weight, bias, rm, rv, training, momentum, eps)[0]
    return y, rm, rv
