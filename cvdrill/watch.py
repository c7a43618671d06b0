"""Watch mode for a coding problem (as rustlings does): the stub goes into a workspace
file, every save re-grades it, and single keys ask for a hint, the reference, the next
item or quit."""
from __future__ import annotations

import os
import select
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from . import paths, render

KEYS = {"en": "keys: h hint · s show the reference · e editor · n next · q quit",
        "zh": "按键：h 提示 · s 查看参考答案 · e 打开编辑器 · n 下一题 · q 退出"}
MOCK_KEYS = {"en": "keys: e editor · n next · q quit (no hints or references in an interview)",
             "zh": "按键：e 打开编辑器 · n 下一题 · q 退出（面试中没有提示和参考答案）"}
NO_HELP = {"en": "No hints or references in a mock interview.", "zh": "模拟面试中没有提示和参考答案。"}


@dataclass
class Attempt:
    slug: str
    verdict: str = "not_graded"
    time_ratio: Optional[float] = None
    hints: int = 0
    seen_solution: bool = False
    seconds: float = 0.0
    action: str = "next"  # next | quit
    grades: int = 0
    results: list = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    def seconds_so_far(self) -> float:
        return time.monotonic() - self.started


def workspace() -> Path:
    return Path(os.environ.get("CVDRILL_WORKSPACE", "cvdrill-workspace"))


def prepare(problem: dict, folder: Optional[Path] = None) -> Path:
    """The workspace file of a problem, holding the stub unless the user already began it."""
    folder = folder or workspace()
    folder.mkdir(parents=True, exist_ok=True)
    f = folder / f"{problem['slug']}.py"
    if not f.exists():
        f.write_text(problem["stub"], encoding="utf-8")
    return f


def open_editor(f: Path, lang: str = "en") -> None:
    editor = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not editor:
        render.console.print(f"[dim]设置 $EDITOR 后可在这里直接打开文件；也可以用任意编辑器编辑 {f}。[/]" if lang == "zh"
                             else f"[dim]Set $EDITOR to open the file from here; or edit {f} in any editor.[/]")
        return
    import shlex

    try:
        subprocess.call([*shlex.split(editor), str(f)])
    except OSError as e:
        render.console.print(f"[yellow]{'无法启动' if lang == 'zh' else 'could not start'} {editor}: {e}[/]")


class _Saves:
    """Signals when the file is saved (watchfiles watches its folder, so editors that
    save by writing a new file and renaming it are seen too)."""

    def __init__(self, f: Path):
        self.f = f.resolve()
        self.changed = threading.Event()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self):
        import watchfiles

        try:
            for changes in watchfiles.watch(self.f.parent, stop_event=self.stop, debounce=200, step=50,
                                            raise_interrupt=False, rust_timeout=500):
                if any(Path(p).resolve() == self.f for _, p in changes):
                    self.changed.set()
        except Exception:  # no inotify here: fall back to polling the modification time
            last = self.f.stat().st_mtime_ns if self.f.exists() else 0
            while not self.stop.wait(0.3):
                m = self.f.stat().st_mtime_ns if self.f.exists() else 0
                if m != last:
                    last = m
                    self.changed.set()

    def close(self):
        self.stop.set()


class _Keys:
    """Single key presses without Enter when stdin is a terminal (cbreak: Ctrl-C still works)."""

    def __init__(self):
        self.fd = sys.stdin.fileno()
        self.tty = os.isatty(self.fd)
        self.old = None

    def __enter__(self):
        if self.tty:
            import termios
            import tty

            self.old = termios.tcgetattr(self.fd)
            tty.setcbreak(self.fd)
        return self

    def __exit__(self, *exc):
        if self.old is not None:
            import termios

            termios.tcsetattr(self.fd, termios.TCSADRAIN, self.old)

    def get(self, timeout: float) -> Optional[str]:
        r, _, _ = select.select([self.fd], [], [], timeout)
        if not r:
            return None
        data = os.read(self.fd, 1)
        if not data:
            return "q"  # end of input
        return data.decode(errors="ignore").lower()


def watch(problem: dict, f: Path, judge, lang: str, deadline: Optional[float] = None,
          allow_solution: bool = True, allow_hints: bool = True, on_change=None) -> Attempt:
    """Grade on every save until the user moves on (n), quits (q) or the deadline passes.

    `on_change(att, result)` runs right after each graded save (result: the judge's
    Result of that save) and when the reference is read (result None), before anything
    is drawn: the caller stores it then, so nothing graded is lost to Ctrl-C or a kill.
    Without hints and reference (a mock interview) h and s say they are off."""
    slug = problem["slug"]
    att = Attempt(slug)
    t0 = att.started
    con = render.console
    render.show_problem(problem, lang)
    con.print(f"\n[bold]{'Write your answer in' if lang == 'en' else '在此文件中作答'}:[/] {f}")
    keys_help = KEYS[lang] if allow_hints and allow_solution else MOCK_KEYS[lang]
    con.print(("Every save re-grades it. " if lang == "en" else "每次保存都会重新评测。") + keys_help)
    if os.environ.get("VISUAL") or os.environ.get("EDITOR"):
        open_editor(f, lang)
    saves = _Saves(f)
    try:
        with _Keys() as keys:
            if f.read_text(encoding="utf-8") != problem["stub"]:
                saves.changed.set()  # a file begun earlier: grade it now
            shown_minute = None
            while True:
                if deadline:  # the countdown: a line each minute, then each 10 s at the end
                    left = deadline - time.monotonic()
                    tick = int(left // 60) if left > 60 else int(left // 10) * 10 - 1000
                    if tick != shown_minute and left > 0:
                        shown_minute = tick
                        con.print(f"[bold yellow]⏱ {int(left // 60):02d}:{int(left % 60):02d}"
                                  f"{' 剩余' if lang == 'zh' else ' left'}[/]")
                if deadline and time.monotonic() > deadline:
                    con.print("[bold yellow]time is up[/]" if lang == "en" else "[bold yellow]时间到[/]")
                    if att.grades == 0:
                        _grade(judge, f, slug, att, on_change, lang)
                    break
                if saves.changed.is_set():
                    saves.changed.clear()
                    _grade(judge, f, slug, att, on_change, lang)
                    if att.verdict == "accepted":
                        con.print("[bold green]" + ("Accepted. n: next, q: quit, or keep improving it."
                                                    if lang == "en" else "通过！n 下一题，q 退出，或继续改进。") + "[/]")
                key = keys.get(0.2)
                if key is None:
                    continue
                if key in ("h", "s") and not (allow_hints and allow_solution):
                    con.print(NO_HELP[lang])
                elif key == "h":
                    if att.hints < len(problem["hints"]):
                        render.hint(problem, att.hints, lang)
                        att.hints += 1
                    else:
                        con.print("no more hints" if lang == "en" else "没有更多提示了")
                elif key == "s":
                    con.print(("Show the reference solution? It counts as seen. [y/N] " if lang == "en"
                               else "查看参考答案？将记录为已查看。[y/N] "), end="", markup=False)
                    if (keys.get(60) or "n") == "y":
                        att.seen_solution = True
                        if on_change:
                            on_change(att, None)
                        src = (paths.solutions_dir() / f"{slug}.py").read_text(encoding="utf-8")
                        con.print()
                        con.print(render._code(src))
                    else:
                        con.print()
                elif key == "e":
                    open_editor(f, lang)
                elif key == "n":
                    att.action = "next"
                    break
                elif key == "q":
                    att.action = "quit"
                    break
    finally:
        saves.close()
        att.seconds = time.monotonic() - t0
    return att


class LazyJudge:
    """A judge started at the first grade, not before: a problem left without a save (n,
    q, or reading the reference) costs no worker pool and no `import torch`, and neither
    does a session of numpy problems; a torch problem after them starts a judge with torch."""

    def __init__(self, factory=None):
        self.factory, self.judge, self.torch = factory, None, False

    def grade(self, file, problem=None, **kwargs):
        from .judge import run

        try:
            path, source, chosen = run._resolve(file, problem)
            need = run.needs_torch(source, chosen)
        except Exception:  # the judge itself reports a file it cannot read
            need = True
        if self.judge is not None and need and not self.torch:
            self.close()
        if self.judge is None:
            if self.factory is not None:
                self.judge, self.torch = self.factory(), True
            else:
                self.judge, self.torch = run.Judge(need_torch=need), need
        return self.judge.grade(file, problem=problem, **kwargs)

    def close(self) -> None:
        if self.judge is not None:
            self.judge.close()
            self.judge = None


def _grade(judge, f: Path, slug: str, att: Attempt, on_change=None, lang: str = "en") -> None:
    from .judge.run import DEFAULT_SEED, JudgeError, UsageError

    render.console.rule(f"评测 {f.name}" if lang == "zh" else f"grading {f.name}")
    try:
        with render.status(render.progress_line(f"{slug}: starting", lang)) as live:
            results = judge.grade(f, problem=slug,
                                  progress=lambda line: live.update(render.Text(render.progress_line(line, lang))))
    except (UsageError, JudgeError) as e:
        from .judge.zh import usage_zh

        render.console.print(render.Text(usage_zh(str(e)) if lang == "zh" else str(e), style="red"))
        return
    att.grades += 1
    r = results[0]
    # the best verdict seen counts: a later broken save does not undo an accepted answer
    if att.verdict != "accepted":
        att.verdict, att.time_ratio = r.verdict, r.time_ratio
    elif r.verdict == "accepted" and r.time_ratio is not None:
        att.time_ratio = min(att.time_ratio or r.time_ratio, r.time_ratio)
    att.results.append(r)
    if on_change:
        on_change(att, r)  # stored before it is shown: a kill after "accepted" keeps it
    render.grade_report(results, str(f), DEFAULT_SEED, lang)  # judge.grade's default seed

