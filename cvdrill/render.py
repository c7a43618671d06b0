"""All terminal drawing (rich) lives here; commands pass data in and get text out."""
from __future__ import annotations

from typing import Optional

from rich.console import Console, Group
from rich.markup import escape
from rich.panel import Panel
from rich.text import Text

from .text import show

console = Console(highlight=False)
err = Console(stderr=True, highlight=False)

UI = {
    "en": {"question": "Question", "answer": "Your answer", "correct": "Correct.", "wrong": "Wrong.",
           "the_answer": "The answer", "model": "Model answer", "source": "Source", "why": "Why",
           "rate": "How well did you know it? 1 Again  2 Hard  3 Good  4 Easy", "score": "Score",
           "topic": "Topic", "right": "Right", "answered": "Answered", "total": "Total",
           "reveal": "Press Enter to reveal the model answer", "skipped": "Skipped.",
           "quit_hint": "(q quits, s skips)", "stopped": "Stopped early.", "self": "self-graded: recalled",
           "cards": "cards", "difficulty": "difficulty"},
    "zh": {"question": "第", "answer": "你的答案", "correct": "正确。", "wrong": "错误。",
           "the_answer": "正确答案", "model": "参考答案", "source": "出处", "why": "解析",
           "rate": "你掌握得如何？1 忘了  2 困难  3 良好  4 简单", "score": "得分",
           "topic": "主题", "right": "答对", "answered": "作答", "total": "合计",
           "reveal": "按回车查看参考答案", "skipped": "已跳过。",
           "quit_hint": "（q 退出，s 跳过）", "stopped": "提前结束。", "self": "自评：已掌握",
           "cards": "张卡片", "difficulty": "难度"},
}


def ui(lang: str, key: str) -> str:
    return UI.get(lang, UI["en"])[key]


def _stars(d: int) -> str:
    return "★" * d + "☆" * (3 - d)


def _code(code: str):
    from rich.syntax import Syntax  # pygments is slow to import: only when code is shown

    return Syntax(code.rstrip("\n"), "python", line_numbers=True, theme="ansi_dark", word_wrap=True)


def card(c: dict, lang: str, n: int, total: int, head: Optional[str] = None) -> None:
    head = head or (f"{ui(lang, 'question')} {n}/{total}" if lang == "en" else f"第 {n}/{total} 题") + \
        f" · {c['id'].split('.')[0]} · {c['kind']} · {_stars(c['difficulty'])}"
    parts: list = [Text(show(c["prompt"], lang))]
    if c.get("code"):
        parts.append(_code(c["code"]))
    for k, v in sorted((c.get("options") or {}).items()):
        parts.append(Text(f"  {k}) {show(v, lang)}"))
    console.print()
    console.print(Panel(Group(*parts), title=head, title_align="left", border_style="cyan"))


def _num(x: float) -> str:
    """37752832 as 37,752,832 (never 3.77528e+07); other numbers with up to 10 digits."""
    if float(x).is_integer() and abs(x) < 1e15:
        return f"{int(x):,}"
    return f"{x:.10g}"


def _answer_text(c: dict, lang: str) -> str:
    k = c["kind"]
    if k == "single":
        return f"{c['answer']}) {show(c['options'][c['answer']], lang)}"
    if k == "multi":
        return "; ".join(f"{x}) {show(c['options'][x], lang)}" for x in c["answer"])
    if k == "numeric":
        unit = f" {c['unit']}" if c.get("unit") else ""
        return f"{_num(c['answer'])}{unit} (± {_num(c['tolerance'])})"
    if k == "bug":
        return ", ".join(f"line {x}" if lang == "en" else f"第 {x} 行" for x in c["answer"])
    return show(c["answer"], lang)


def feedback(c: dict, correct: Optional[bool], lang: str) -> None:
    if correct is True:
        console.print(f"[bold green]✔ {ui(lang, 'correct')}[/]")
    elif correct is False:
        console.print(f"[bold red]✘ {ui(lang, 'wrong')}[/] {ui(lang, 'the_answer')}: {escape(_answer_text(c, lang))}")
    explain(c, lang)


def reveal(c: dict, lang: str) -> None:
    console.print(Panel(Text(_answer_text(c, lang)), title=ui(lang, "model"), title_align="left", border_style="green"))


def explain(c: dict, lang: str) -> None:
    console.print(Text(f"{ui(lang, 'why')}: ", style="bold") + Text(show(c["explanation"], lang)))
    console.print(Text(f"{ui(lang, 'source')}: {c['source']}", style="dim"))


def score(s, lang: str, stopped: bool = False) -> None:
    from rich.table import Table

    t = Table(title=ui(lang, "score") + (f" ({ui(lang, 'stopped')})" if stopped else ""), title_justify="left")
    t.add_column(ui(lang, "topic"))
    t.add_column(ui(lang, "right"), justify="right")
    t.add_column(ui(lang, "answered"), justify="right")
    for topic, (right, n) in sorted(s.by_topic().items()):
        t.add_row(topic, str(right), str(n))
    total_right = sum(v[0] for v in s.by_topic().values())
    t.add_row(f"[bold]{ui(lang, 'total')}[/]", f"[bold]{total_right}[/]", f"[bold]{len(s.outcomes)}[/]")
    console.print()
    console.print(t)
    n_self = len(s.outcomes) - len(s.graded)
    line = f"{s.right}/{len(s.graded)} auto-graded right" if lang == "en" else f"自动评分 {s.right}/{len(s.graded)} 正确"
    if n_self:
        line += f"; {ui(lang, 'self')} {s.recalled}/{n_self}"
    console.print(line)


def topics_table(bank, problems: bool = True) -> None:
    from rich.table import Table

    t = Table(title="Topics", title_justify="left")
    t.add_column("topic")
    t.add_column("title")
    t.add_column("cards", justify="right")
    for slug, tp in sorted(bank.topics.items()):
        t.add_row(slug, show(tp["title"], "en") + " / " + show(tp["title"], "zh"), str(len(tp["cards"])))
    console.print(t)
    if problems and bank.problems:
        p = Table(title="Coding problems (cvdrill grade FILE)", title_justify="left")
        for col in ("slug", "title", "topic", "difficulty"):
            p.add_column(col)
        for slug, pr in sorted(bank.problems.items()):
            p.add_row(slug, show(pr["title"], "en"), pr["topic"], _stars(pr["difficulty"]))
        console.print(p)


def show_card(c: dict, lang: str) -> None:
    card(c, lang, 1, 1, head=f"{c['id']} · {c['kind']} · {_stars(c['difficulty'])}")
    console.print(Text(f"{ui(lang, 'the_answer')}: ", style="bold") + Text(_answer_text(c, lang)))
    explain(c, lang)


def show_problem(p: dict, lang: str) -> None:
    console.print(Panel(Text(show(p["statement"], lang)),
                        title=f"{p['slug']} · {show(p['title'], lang)} · {_stars(p['difficulty'])}",
                        title_align="left", border_style="cyan"))
    console.print(Text("signature: ", style="bold") + Text(p["signature"]))
    console.print(Text(f"{ui(lang, 'source')}: {p['source']}", style="dim"))
    console.print(Text("stub:", style="bold"))
    console.print(_code(p["stub"]))


def hint(p: dict, i: int, lang: str) -> None:
    console.print(Text(f"hint {i + 1}/{len(p['hints'])}: ", style="bold yellow") + Text(show(p["hints"][i], lang)))


VERDICT_STYLE = {"accepted": "bold green", "wrong_answer": "bold red", "time_limit_exceeded": "bold yellow",
                 "memory_limit_exceeded": "bold yellow", "runtime_error": "bold magenta",
                 "forbidden": "bold red", "invalid_submission": "bold red"}


def grade_report(results, file: str, seed: int) -> None:
    from rich.table import Table

    t = Table(title=f"{file} (seed {seed})", title_justify="left")
    for col in ("problem", "verdict", "cases", "time ratio"):
        t.add_column(col, justify="right" if col in ("cases", "time ratio") else "left")
    for r in results:
        ratio = f"{r.time_ratio:.2f}x" if r.time_ratio is not None else "-"
        t.add_row(r.problem, f"[{VERDICT_STYLE[r.verdict]}]{r.verdict}[/]", f"{r.passed}/{r.total}", ratio)
    console.print(t)
    for r in results:
        if r.verdict == "accepted":
            continue
        body: list = [Text(r.message)]
        fc = r.failing_case or {}
        if fc.get("input"):
            body.append(Text("input:", style="bold"))
            for k, v in fc["input"].items():
                body.append(Text(f"  {k} = {v}"))
        if "expected" in fc:
            body.append(Text("expected: ", style="bold green") + Text(fc["expected"]))
            body.append(Text("got:      ", style="bold red") + Text(fc["got"]))
        if fc:
            where = f"case '{fc['name']}' on {fc['device']}, seed {fc['seed']}"
            if fc.get("shrunk_from"):
                where += f" (shrunk from {fc['shrunk_from']})"
            body.append(Text(where, style="dim"))
        if r.output:
            body.append(Text("your output:", style="bold"))
            body.append(Text(r.output))
        console.print(Panel(Group(*body), title=f"{r.problem}: {r.verdict}", title_align="left",
                            border_style=VERDICT_STYLE[r.verdict].split()[-1]))


# ------------------------------------------------------------ practice, stats, mock


def practice_header(lang: str, n: int, total: int, due_total: int, item: str, time_left: Optional[float] = None) -> None:
    left = f" · ⏱ {int(time_left // 60):02d}:{int(time_left % 60):02d}" if time_left is not None else ""
    if lang == "zh":
        console.print(f"[bold cyan]第 {n}/{total} 项[/] · 今日待复习 {due_total}{left} · {item}")
    else:
        console.print(f"[bold cyan]{n} of {total}[/] · due today {due_total}{left} · {item}")


def practice_summary(rows: list[dict], lang: str, stopped: bool, next_due: Optional[str]) -> None:
    from rich.table import Table

    t = Table(title=("Practice summary" if lang == "en" else "练习小结") + (f" ({ui(lang, 'stopped')})" if stopped else ""),
              title_justify="left")
    for col in ("item", "result", "next review"):
        t.add_column(col)
    for r in rows:
        t.add_row(r["item"], r["result"], r["next"])
    console.print()
    console.print(t)
    if next_due:
        console.print(("next item due: " if lang == "en" else "下次到期：") + next_due)


def _bar(frac: float, width: int = 20) -> str:
    full = int(round(frac * width))
    return "█" * full + "░" * (width - full)


def stats(data: dict) -> None:
    from rich.table import Table

    t = Table(title="Cards by topic", title_justify="left")
    for col, j in (("topic", "left"), ("seen", "right"), ("", "left"), ("retention", "right"), ("due", "right")):
        t.add_column(col, justify=j)
    for r in data["topics"]:
        ret = f"{r['retention']:.0%}" if r["retention"] is not None else "-"
        t.add_row(r["topic"], f"{r['seen']}/{r['cards']}", f"[green]{_bar(r['seen'] / r['cards'])}[/]", ret,
                  str(r["due"]) if r["due"] else "")
    console.print(t)
    p = Table(title="Coding problems", title_justify="left")
    for col in ("problem", "attempts", "solved", "best time ratio", "due"):
        p.add_column(col)
    for r in data["problems"]:
        ratio = f"{r['best_time_ratio']:.2f}x" if r["best_time_ratio"] is not None else "-"
        p.add_row(r["slug"], str(r["attempts"]), "[green]✔[/]" if r["solved"] else "", ratio, "due" if r["due"] else "")
    console.print(p)
    solved = sum(1 for r in data["problems"] if r["solved"])
    console.print(f"streak: [bold]{data['streak']}[/] day(s) · days practised: {data['days_practised']} · "
                  f"due now: {data['due_now']} · problems solved: {solved}/{len(data['problems'])}")


def mock_report(rep: dict, lang: str) -> None:
    from rich.table import Table

    t = Table(title=("Mock interview report" if lang == "en" else "模拟面试报告"), title_justify="left")
    t.add_column("part")
    t.add_column("result")
    t.add_column("points", justify="right")
    t.add_row("concepts", f"{rep['concepts']['right']}/{rep['concepts']['asked']} right",
              f"{rep['concepts']['points']:.0f}/50")
    for p in rep["coding"]:
        t.add_row(f"code: {p['slug']}", p["verdict"] + (f" ({p['time_ratio']:.2f}x)" if p.get("time_ratio") else ""),
                  f"{p['points']:.0f}/{p['max']:.0f}")
    t.add_row("[bold]total[/]", f"{rep['minutes_used']:.1f} of {rep['minutes']:g} min", f"[bold]{rep['score']:.0f}/100[/]")
    console.print()
    console.print(t)


def history(rows: list[dict]) -> None:
    from rich.table import Table

    t = Table(title="Mock interviews", title_justify="left")
    for col in ("#", "when", "minutes", "concepts", "coding", "score"):
        t.add_column(col)
    for i, r in enumerate(rows, 1):
        coding = ", ".join(f"{p['slug']}: {p['verdict']}" for p in r["coding"])
        t.add_row(str(i), r["ts"][:16].replace("T", " "), f"{r['minutes_used']:.0f}/{r['minutes']:g}",
                  f"{r['concepts']['right']}/{r['concepts']['asked']}", coding, f"{r['score']:.0f}")
    console.print(t)
