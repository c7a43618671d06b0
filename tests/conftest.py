import sys, os
sys.path.insert(0, os.path.dirname(__file__))
import os
from pathlib import Path

import numpy as np
import pytest

try:  # one thread per test process, as in the judge's workers: with xdist, torch's default
    import torch  # (a thread per core in every process) oversubscribes a small machine

    torch.set_num_threads(1)
except ImportError:  # pragma: no cover (torch is a runtime dependency)
    pass

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "fixtures" / "torchvision_ops_golden.npz"


@pytest.fixture(autouse=True, scope="session")
def _home(tmp_path_factory):
    """Every test writes progress and cache into a throw-away CVDRILL_HOME."""
    home = tmp_path_factory.mktemp("cvdrill-home")
    os.environ["CVDRILL_HOME"] = str(home)
    os.environ.pop("CVDRILL_BANK", None)
    yield home


@pytest.fixture(scope="session")
def golden():
    """torchvision 0.29.1's own answers, shipped in the repo; regenerated (and checked) by
    tests/fixtures/make_torchvision_golden.py. A missing file fails: never a silent skip."""
    if not GOLDEN.exists():
        pytest.fail(f"{GOLDEN} is missing: regenerate it with tests/fixtures/make_torchvision_golden.py")
    return np.load(GOLDEN)


def golden_cases(data, op: str) -> dict[str, dict]:
    out: dict[str, dict] = {}
    for key in data.files:
        o, case, fld = key.split("/")
        if o == op:
            out.setdefault(case, {})[fld] = data[key]
    return out
