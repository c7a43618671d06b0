"""OpenCV 4.14's own answers for the image-processing problems, shipped in the repo as
tests/fixtures/imgproc_golden.npz and regenerated (and checked) by
tests/fixtures/make_imgproc_golden.py. A missing file fails: never a silent skip."""
from pathlib import Path

import numpy as np
import pytest

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "imgproc_golden.npz"


def load(op: str) -> list[dict]:
    """The golden cases of one op ("equalize", "morph", "bilateral"), each a dict of arrays."""
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: regenerate it with /work/tvenv/bin/python "
                    "tests/fixtures/make_imgproc_golden.py (needs opencv-python-headless)")
    data = np.load(GOLDEN)
    out: dict[str, dict] = {}
    for key in data.files:
        o, case, fld = key.split("/")
        if o == op:
            out.setdefault(case, {})[fld] = data[key]
    assert out, f"{GOLDEN} holds no {op} cases"
    return [out[k] for k in sorted(out, key=int)]
