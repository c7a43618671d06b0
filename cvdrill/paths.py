"""Where things live: the built-in bank, the hidden references, the user's data folder.

In a wheel the top-level `questions/` and `solutions/` folders are shipped inside the
package (see pyproject.toml); in a source checkout they sit beside it.
"""
from __future__ import annotations

import os
from pathlib import Path

_PKG = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PKG / name
    return inside if inside.is_dir() else _PKG.parent / name


def builtin_bank() -> Path:
    return _shipped("questions")


def solutions_dir() -> Path:
    return _shipped("solutions")


def reference_copies() -> list[Path]:
    """Every folder of hidden references this interpreter could reach: the one in use, and
    any other copy on sys.path (an editable install can leave one in site-packages)."""
    import sys

    found = [solutions_dir().resolve()]
    for entry in sys.path:
        for cand in (Path(entry or ".") / "solutions", Path(entry or ".") / "cvdrill" / "solutions"):
            try:
                if (cand / "box_iou.py").is_file() and cand.resolve() not in found:
                    found.append(cand.resolve())
            except OSError:
                continue
    return found


def user_banks() -> list[Path]:
    """Extra banks named by CVDRILL_BANK (os.pathsep-separated folders)."""
    raw = os.environ.get("CVDRILL_BANK", "")
    return [Path(p).expanduser() for p in raw.split(os.pathsep) if p.strip()]


def home() -> Path:
    """The user's data folder (progress database, cache); CVDRILL_HOME overrides."""
    env = os.environ.get("CVDRILL_HOME")
    if env:
        path = Path(env).expanduser()
    else:
        import platformdirs

        path = Path(platformdirs.user_data_dir("cvdrill", appauthor=False))
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        why = "it is a file, not a folder" if path.exists() and not path.is_dir() else (e.strerror or str(e))
        raise HomeError(f"cannot use {path} as cvdrill's data folder ({why})"
                        + (": set CVDRILL_HOME to a folder" if env else "")) from None
    return path


class HomeError(Exception):
    """The data folder cannot be used: a message for the user, not a traceback."""
