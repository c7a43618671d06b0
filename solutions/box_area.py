"""Reference: the area of each xyxy box (as torchvision.ops.box_area).

    box_area(boxes) -> area

- boxes: [N,4] float32 or float64, rows (x1, y1, x2, y2) with x1 < x2 and y1 < y2.
  Coordinates are continuous (no "+1" pixel convention): a box [0, 0, 1, 1] has area 1.
- area: [N], the input's dtype and device, area[i] = (x2 - x1) * (y2 - y1). N may be 0.
"""
import torch


def box_area(boxes: torch.Tensor) -> torch.Tensor:
    return (boxes[:, 2] - boxes[:, 0]) * (boxes[:, 3] - boxes[:, 1])
