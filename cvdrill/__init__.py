"""cvdrill: a terminal trainer for computer-vision deep-learning interviews."""

__version__ = "0.1.0"
