# expect: forbidden
# torchvision's box_area fetched with getattr on a string.
import importlib


def box_area(boxes):
    ops = importlib.import_module("torchvision" + ".ops")
    return getattr(ops, "box_area")(boxes)
