"""Forbidden shortcuts, found in the source (static) and caught when called (run time),
and the fence around a worker: no reading the references, no new processes.

A forbidden entry is a dotted name, or a glob over dotted names
(`torchvision.ops.*`). Static detection resolves import aliases (`import torch.nn.functional
as F; F.smooth_l1_loss`), `from ... import ... as ...`, and strings that name the call
(`getattr(F, "smooth_l1_loss")`, `importlib.import_module("torchvision.ops")`).
"""
from __future__ import annotations

import ast
import fnmatch
import functools
import os
import re
import sys
from typing import Optional


@functools.lru_cache(maxsize=256)
def _regex(patterns: tuple[str, ...]) -> re.Pattern:
    """All the globs as one regex: install_runtime tests every attribute of every loaded
    module against them ('*.var' reaches all of torch), once per job."""
    return re.compile("|".join(fnmatch.translate(p) for p in patterns))


# other spellings of one object: torch.ops is torch._ops.ops (`from torch._ops import ops`)
_SAME = (("torch._ops.ops.", "torch.ops."),)


def _matches(name: str, patterns: list[str]) -> Optional[str]:
    for alias, canon in _SAME:
        if name.startswith(alias):
            name = canon + name[len(alias):]
    if not _regex(tuple(patterns)).match(name):
        return None
    return next(p for p in patterns if fnmatch.fnmatchcase(name, p))


def static_scan(source: str, patterns: list[str]) -> Optional[str]:
    """The first forbidden call named in the source, as 'name (line N)', or None."""
    if not patterns:
        return None
    try:
        tree = ast.parse(source)
    except (SyntaxError, RecursionError, MemoryError, ValueError):
        return None  # compile() fails the same way: the file is invalid_submission anyway
    aliases: dict[str, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.asname:
                    aliases[a.asname] = a.name
                else:
                    top = a.name.split(".")[0]
                    aliases[top] = top
        elif isinstance(node, ast.ImportFrom) and node.module:
            for a in node.names:
                full = f"{node.module}.{a.name}"
                aliases[a.asname or a.name] = full
                if _matches(full, patterns):
                    return f"{full} (line {node.lineno})"

    def dotted(n) -> Optional[str]:
        if isinstance(n, ast.Name):
            return aliases.get(n.id, n.id)
        if isinstance(n, ast.Attribute):
            base = dotted(n.value)
            return f"{base}.{n.attr}" if base else None
        return None

    owners = {p.rsplit(".", 1)[0].split(".")[0] for p in patterns}  # top-level packages
    mentioned = {d.split(".")[0] for d in aliases.values()}  # packages the file imports
    named_in_strings = {c.value.strip().split(".")[0] for c in ast.walk(tree)  # import_module("scipy...")
                        if isinstance(c, ast.Constant) and isinstance(c.value, str)}
    # strings handed to something that looks a name up: getattr(F, "huber_loss"),
    # vars(F)["huber_loss"], eval("F.huber_loss"); not __all__ = ["nms"] or a message
    lookups: set[int] = set()
    for n in ast.walk(tree):
        if isinstance(n, ast.Call):
            f = n.func
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name in ("getattr", "import_module", "__import__", "eval", "exec", "attrgetter",
                        "__getattribute__", "get", "getattr_static"):
                lookups |= {id(a) for a in n.args}
        elif isinstance(n, ast.Subscript):
            lookups.add(id(n.slice))
    # leaf name -> the forbidden call it most likely means: one whose module the file names
    used_modules = set(aliases.values())
    leaves: dict[str, str] = {}
    for p in patterns:
        mod, leaf = p.rsplit(".", 1) if "." in p else ("", p)
        if "*" in leaf:
            continue
        if leaf not in leaves or mod in used_modules:
            leaves[leaf] = p
    for node in ast.walk(tree):
        if isinstance(node, (ast.Attribute, ast.Name)):
            d = dotted(node)
            if d and _matches(d, patterns):
                return f"{d} (line {node.lineno})"
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            s = node.value.strip()
            if not re.fullmatch(r"[\w.]+", s):
                continue  # prose (a docstring, a message) names no call
            if _matches(s, patterns):
                return f"{s} (line {node.lineno}, as a string)"
            # getattr(module, "name"): the leaf of a forbidden call, looked up by name
            if s in leaves and id(node) in lookups and (mentioned & owners or owners & named_in_strings):
                return f"{leaves[s]} (line {node.lineno}, as the string {s!r})"
    return None


class ForbiddenCall(BaseException):
    """Raised in the worker when a forbidden function is called (BaseException, so a
    bare `except Exception` in the submission does not hide it)."""


HITS: list[str] = []


def _blocker(name: str, original):
    def blocked(*args, **kwargs):
        HITS.append(name)
        raise ForbiddenCall(f"{name} is forbidden in this problem")
    blocked.__name__ = getattr(original, "__name__", "blocked")
    blocked.__wrapped_forbidden__ = name
    return blocked


@functools.lru_cache(maxsize=256)
def _shape(patterns: tuple[str, ...]) -> tuple[frozenset, tuple, re.Pattern]:
    """What patching a module against these patterns must look at, so that patching every
    loaded module stays cheap ('*.var' visits all of them):
    - leaves: a pattern whose last part is plain ('*.var') can only match an attribute of
      exactly that name (attributes hold no dot);
    - prefixes: the literal start of every other pattern ('scipy.stats.' of 'scipy.stats.*',
      'torch.var' of 'torch.var*'); a module that such a prefix may continue into (scipy.stats,
      its submodules, torch) has all its attributes tested;
    - visit: the modules to patch at all, those whose name matches a pattern's module part."""
    leaves, prefixes = set(), []
    for p in patterns:
        mod, leaf = p.rsplit(".", 1) if "." in p else ("", p)
        if any(c in leaf for c in "*?["):
            prefixes.append(re.split(r"[*?\[]", p, maxsplit=1)[0])
        else:
            leaves.add(leaf)
    mods = [fnmatch.translate(p.rsplit(".", 1)[0]) for p in patterns if "." in p]
    return frozenset(leaves), tuple(prefixes), re.compile("|".join(mods) if mods else r"(?!)")


def _forbidden_attrs(module, patterns: list[str]) -> tuple[Optional[str], list[str]]:
    """(the module's name, its callable attributes that a pattern forbids)."""
    modname = getattr(module, "__name__", None)
    if not isinstance(modname, str):
        return None, []
    leaves, prefixes, _ = _shape(tuple(patterns))
    names = vars(module)
    dotted_ = modname + "."
    if any(dotted_.startswith(pre) or pre.startswith(dotted_) for pre in prefixes):
        attrs = list(names)
    else:
        attrs = [a for a in leaves if a in names]
    return modname, [a for a in attrs if _matches(f"{modname}.{a}", patterns) and callable(getattr(module, a, None))]


def _wrap(module, modname: str, attr: str) -> None:
    obj = getattr(module, attr, None)
    if callable(obj) and not hasattr(obj, "__wrapped_forbidden__"):
        try:
            setattr(module, attr, _blocker(f"{modname}.{attr}", obj))
        except (AttributeError, TypeError):
            pass


def _patch_module(module, patterns: list[str]) -> None:
    modname, attrs = _forbidden_attrs(module, patterns)
    for attr in attrs:
        _wrap(module, modname, attr)


class _PatchOnImport:
    """A meta-path finder that patches a forbidden module right after it is imported."""

    def __init__(self, modules: set[str], patterns: list[str]):
        self.modules = modules
        self.patterns = patterns

    def find_spec(self, name, path=None, target=None):
        if name not in self.modules:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None and spec.loader is not None and hasattr(spec.loader, "exec_module"):
                original = spec.loader.exec_module
                patterns = self.patterns

                def exec_module(module, _orig=original):
                    _orig(module)
                    _patch_module(module, patterns)

                spec.loader.exec_module = exec_module
                return spec
        return None


def _named_modules(patterns: list[str]) -> set[str]:
    """The modules a pattern names outright ("torch.nn.functional" of
    "torch.nn.functional.relu"; none for "*.relu")."""
    return {m for m in (p.rsplit(".", 1)[0] for p in patterns) if "*" not in m}


def _targets(patterns: list[str], only=None) -> list[tuple[object, str, str]]:
    """(module, its name, attribute) of every forbidden callable in the modules loaded now
    (or in those named in `only`), in the order install_runtime patches them: the patterns'
    own modules first, then every module the patterns may reach ('*.var' reaches all of
    torch)."""
    visit = _shape(tuple(patterns))[2]
    loaded = list(sys.modules) if only is None else [n for n in only if n in sys.modules]
    order = [sys.modules.get(n) for n in sorted(_named_modules(patterns)) if only is None or n in only]
    order += [sys.modules[n] for n in loaded if visit.match(n)]
    out, seen = [], set()
    for mod in order:
        modname, attrs = _forbidden_attrs(mod, patterns) if mod is not None else (None, [])
        for attr in attrs:
            if (id(mod), attr) not in seen:
                seen.add((id(mod), attr))
                out.append((mod, modname, attr))
    return out


# per tuple of patterns: (the loaded modules' names, their targets), computed by the zygote
# before it forks (prepare_runtime), so that a worker patches a list instead of scanning
# every loaded module (15 ms a job, most of a worker's start)
_PLANS: dict[tuple, tuple[frozenset, list]] = {}


def prepare_runtime(patterns: list[str]) -> None:
    """Find what install_runtime will patch, ahead of the fork that inherits it; found
    again whenever a module was loaded since."""
    if not patterns:
        return
    key = tuple(patterns)
    loaded = frozenset(sys.modules)
    if key not in _PLANS or _PLANS[key][0] != loaded:
        _PLANS[key] = (loaded, _targets(patterns))


def install_runtime(patterns: list[str]) -> None:
    """Wrap every forbidden callable: in modules already imported now, and in the named
    modules when they are imported later."""
    if not patterns:
        return
    plan = _PLANS.get(tuple(patterns))
    if plan is None:
        targets = _targets(patterns)
    else:  # what the zygote found, and whatever was loaded since
        new = set(sys.modules) - plan[0]
        targets = plan[1] + (_targets(patterns, only=new) if new else [])
    for mod, modname, attr in targets:
        _wrap(mod, modname, attr)
    # methods: torch.Tensor.sigmoid and the like (x.sigmoid() reaches no module attribute)
    torch = sys.modules.get("torch")
    if torch is not None:
        for p in patterns:
            if p.startswith("torch.Tensor.") and "*" not in p:
                attr = p[len("torch.Tensor."):]
                original = getattr(torch.Tensor, attr, None)
                if callable(original):
                    setattr(torch.Tensor, attr, _blocker(p, original))
    sys.meta_path.insert(0, _PatchOnImport(_named_modules(patterns), patterns))


_DENY_EVENTS = {"subprocess.Popen", "os.system", "os.exec", "os.spawn", "os.posix_spawn",
                "os.fork", "os.forkpty", "pty.spawn", "os.startfile"}


def install_fence(*secret_dirs: str) -> None:
    """An audit hook (it cannot be removed) that keeps the submission from reading the
    references or starting processes."""
    secrets = tuple(os.path.realpath(d) + os.sep for d in secret_dirs)
    me = os.getpid()

    def hook(event, args):
        if event == "open":
            target = args[0] if args else None
            if isinstance(target, (str, bytes)) or hasattr(target, "__fspath__"):
                p = os.path.realpath(os.fsdecode(target))
                if (p + os.sep).startswith(secrets) or p.startswith(secrets):
                    raise PermissionError("cvdrill: the reference solutions cannot be read by a submission")
        elif event in ("os.listdir", "os.scandir"):
            target = args[0] if args else None
            if isinstance(target, (str, bytes)) or hasattr(target, "__fspath__"):
                p = os.path.realpath(os.fsdecode(target)) + os.sep
                if p.startswith(secrets):
                    raise PermissionError("cvdrill: the reference solutions cannot be listed by a submission")
        elif event in _DENY_EVENTS:
            raise PermissionError(f"cvdrill: a submission may not start processes ({event})")
        elif event == "os.kill" and args and args[0] not in (me, 0):
            raise PermissionError("cvdrill: a submission may not signal other processes")

    sys.addaudithook(hook)
