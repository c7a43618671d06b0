# expect: forbidden
# torchvision's box_convert fetched by name.
import importlib


def box_convert(boxes, in_fmt, out_fmt):
    ops = importlib.import_module("torchvision.ops")
    return getattr(ops, "box_convert")(boxes, in_fmt, out_fmt)
