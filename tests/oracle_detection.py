"""Shared by the detection oracle tests (roi_align, roi_pool, diou_loss, ciou_loss,
anchor_generator): torchvision 0.29.1's own answers, shipped in
tests/fixtures/detection_golden.npz and regenerated (and checked) by
tests/fixtures/make_detection_golden.py. A missing file fails: never a silent skip."""
from pathlib import Path

import numpy as np
import pytest

GOLDEN = Path(__file__).resolve().parent / "fixtures" / "detection_golden.npz"


@pytest.fixture(scope="module")
def det_golden():
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: regenerate it with tests/fixtures/make_detection_golden.py")
    return np.load(GOLDEN)


def golden_cases(data, op: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for key in data.files:
        o, case, fld = key.split("/")
        if o == op:
            out.setdefault(case, {})[fld] = data[key]
    assert out, f"no {op} cases in {GOLDEN.name}"
    return out


def tol(dtype) -> dict:
    return {"rtol": 1e-5, "atol": 1e-5} if np.dtype(dtype) == np.float32 else {"rtol": 1e-10, "atol": 1e-12}
