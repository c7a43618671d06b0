"""All terminal drawing (rich) lives here; commands pass data in and get text out."""
from __future__ import annotations

import re
from typing import Optional

from rich.cells import cell_len
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
           "reveal": "Press Enter to reveal the model answer", "skipped": "Skipped (not counted).",
           "quit_hint": "(q quits, s skips)", "stopped": "Stopped early.", "self": "self-graded: recalled",
           "cards": "cards", "difficulty": "difficulty", "skipped_col": "Skipped",
           "recorded": "Answer recorded (right or wrong is in the report at the end).",
           "late": "Time is up: this part's clock ran out, so this answer does not count.",
           "next_due": "next review due", "postponed": "postponed to tomorrow",
           "concepts_over": "Time is up for the concepts part; on to coding.",
           "hit": "right, and you chose it", "missed": "right, but you missed it", "wrong_pick": "wrong, but you chose it",
           "kinds": {"single": "single choice", "multi": "multiple choice", "numeric": "numeric", "bug": "spot the bug",
                     "short": "short answer", "formula": "formula"}},
    "zh": {"question": "第", "answer": "你的答案", "correct": "正确。", "wrong": "错误。",
           "the_answer": "正确答案", "model": "参考答案", "source": "出处", "why": "解析",
           "rate": "你掌握得如何？1 忘了  2 困难  3 良好  4 简单", "score": "得分",
           "topic": "主题", "right": "答对", "answered": "作答", "total": "合计",
           "reveal": "按回车查看参考答案", "skipped": "已跳过（不计分）。",
           "quit_hint": "（q 退出，s 跳过）", "stopped": "提前结束。", "self": "自评：已掌握",
           "cards": "张卡片", "difficulty": "难度", "skipped_col": "跳过",
           "recorded": "答案已记录（对错在最后的报告里）。",
           "late": "时间到：这一部分已超时，这个答案不计分。",
           "next_due": "下次复习", "postponed": "推迟到明天",
           "concepts_over": "概念题部分时间到，进入编程部分。",
           "hit": "正确，你选了", "missed": "正确，但你漏选了", "wrong_pick": "错误，但你选了",
           "kinds": {"single": "单选", "multi": "多选", "numeric": "数值", "bug": "找错", "short": "简答",
                     "formula": "公式"}},
}


_CODE = re.compile(r"`([^`\n]+)`")


def rich_text(s: str) -> Text:
    """A bank text for the terminal: `inline code` shown in a code colour without its
    backticks; where there is no colour (piped, NO_COLOR) the backticks stay, as the
    only mark of the code."""
    if console.no_color or not console.is_terminal or console.color_system is None:
        return Text(s)
    out, pos = Text(), 0
    for m in _CODE.finditer(s):
        out.append(s[pos:m.start()])
        out.append(m.group(1), style="cyan")
        pos = m.end()
    out.append(s[pos:])
    return out


def ui(lang: str, key: str):
    return UI.get(lang, UI["en"])[key]


def plural(n: int, word: str, words: Optional[str] = None) -> str:
    """1 topic, 2 topics (English only: Chinese has no plural)."""
    return f"{n} {word if n == 1 else (words or word + 's')}"


def _stars(d: int) -> str:
    return "★" * d + "☆" * (3 - d)


def _code(code: str):
    from rich.syntax import Syntax  # pygments is slow to import: only when code is shown

    return Syntax(code.rstrip("\n"), "python", line_numbers=True, theme="ansi_dark", word_wrap=True)


def card(c: dict, lang: str, n: int, total: int, head: Optional[str] = None) -> None:
    head = head or (f"{ui(lang, 'question')} {n}/{total}" if lang == "en" else f"第 {n}/{total} 题") + \
        f" · {c['id']} · {ui(lang, 'kinds')[c['kind']]} · {_stars(c['difficulty'])}"
    parts: list = [rich_text(show(c["prompt"], lang))]
    if c.get("code"):
        parts.append(_code(c["code"]))
    if c.get("options"):
        parts.append(_options([(Text(f"  {k})"), rich_text(show(v, lang))) for k, v in sorted(c["options"].items())]))
    console.print()
    console.print(Panel(Group(*parts), title=head, title_align="left", border_style="cyan"))


def _options(rows):
    """Options as a two-column grid, so a wrapped option keeps its hanging indent."""
    from rich.table import Table

    g = Table.grid(padding=(0, 1))
    g.add_column(no_wrap=True)
    g.add_column(overflow="fold")  # a Chinese option has no spaces to wrap at: fold, never cut
    for left, right in rows:
        g.add_row(left, right)
    return g


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


MARKS = {"hit": ("✔", "green"), "missed": ("○", "yellow"), "wrong": ("✘", "red")}


def feedback(c: dict, correct: Optional[bool], lang: str, answer=None) -> None:
    if correct is True:
        console.print(f"[bold green]✔ {ui(lang, 'correct')}[/]")
    elif correct is False and c["kind"] == "multi" and answer is not None:
        console.print(f"[bold red]✘ {ui(lang, 'wrong')}[/]")
        option_marks(c, answer, lang)
    elif correct is False:
        console.print(f"[bold red]✘ {ui(lang, 'wrong')}[/] {ui(lang, 'the_answer')}: {escape(_answer_text(c, lang))}")
    explain(c, lang)


def option_marks(c: dict, answer, lang: str) -> None:
    """Each option of a wrong multi-choice answer: right and chosen, right but missed,
    wrong but chosen."""
    from .quiz import option_marks as marks

    words = {"hit": ui(lang, "hit"), "missed": ui(lang, "missed"), "wrong": ui(lang, "wrong_pick")}
    rows = []
    for k, m in marks(c, answer).items():
        sym, colour = MARKS.get(m, (" ", "dim"))
        body = rich_text(show(c["options"][k], lang))
        if m:
            body += Text(f"  ({words[m]})", style=f"bold {colour}")
        rows.append((Text(f"  {sym} {k})", style=colour), body))
    console.print(_options(rows))


def reveal(c: dict, lang: str) -> None:
    console.print(Panel(rich_text(_answer_text(c, lang)), title=ui(lang, "model"), title_align="left", border_style="green"))


def explain(c: dict, lang: str) -> None:
    console.print(Text(f"{ui(lang, 'why')}: ", style="bold") + rich_text(show(c["explanation"], lang)))
    console.print(Text(f"{ui(lang, 'source')}: {c['source']}", style="dim"))


def score(s, lang: str, stopped: bool = False) -> None:
    from rich.table import Table

    t = Table(title=ui(lang, "score") + (f" ({ui(lang, 'stopped')})" if stopped else ""), title_justify="left")
    t.add_column(ui(lang, "topic"))
    t.add_column(ui(lang, "right"), justify="right")
    t.add_column(ui(lang, "answered"), justify="right")
    t.add_column(ui(lang, "skipped_col"), justify="right")
    topics = s.by_topic()
    for topic, (right, n, skipped) in sorted(topics.items()):
        t.add_row(topic, str(right), str(n), str(skipped))
    total_right = sum(v[0] for v in topics.values())
    t.add_row(f"[bold]{ui(lang, 'total')}[/]", f"[bold]{total_right}[/]", f"[bold]{len(s.answered)}[/]",
              f"[bold]{s.skipped}[/]")
    console.print()
    console.print(t)
    n_self = len(s.self_graded)
    line = f"{s.right}/{len(s.graded)} auto-graded right" if lang == "en" else f"自动评分 {s.right}/{len(s.graded)} 正确"
    if n_self:
        line += f"; {ui(lang, 'self')} {s.recalled}/{n_self}"
    if s.skipped:
        line += f"; {s.skipped} skipped (not counted)" if lang == "en" else f"；跳过 {s.skipped} 题（不计分）"
    console.print(line)


def topics_table(bank, lang: str = "en", problems: bool = True) -> None:
    """Every topic with its card count, then every coding problem. Slugs are never cut:
    their column takes the width of the longest, and titles wrap instead."""
    from rich.table import Table

    zh = lang == "zh"
    t = Table(title="主题" if zh else "Topics", title_justify="left")
    t.add_column("主题" if zh else "topic", no_wrap=True, min_width=max(map(len, bank.topics), default=5))
    t.add_column("标题" if zh else "title")
    t.add_column("卡片" if zh else "cards", justify="right", no_wrap=True)
    for slug, tp in sorted(bank.topics.items()):
        t.add_row(slug, show(tp["title"], lang), str(len(tp["cards"])))
    console.print(t)
    if problems and bank.problems:
        console.print(problems_table(bank.problems.values(), lang))
    hint = ("`cvdrill list 主题` 列出该主题的卡片和编程题" if zh
            else "`cvdrill list TOPIC` lists a topic's cards (with their ids) and problems")
    console.print(Text(hint, style="dim"))


def problems_table(problems, lang: str = "en", title: Optional[str] = None):
    """Problems grouped under their topic: slug, difficulty, title (the title wraps; the
    slug column is as wide as the longest slug, so a slug is never cut)."""
    from rich.table import Table

    zh = lang == "zh"
    problems = sorted(problems, key=lambda p: (p["topic"], p["slug"]))
    p = Table(title=title or ("编程题（cvdrill grade 文件）" if zh else "Coding problems (cvdrill grade FILE)"),
              title_justify="left")
    p.add_column("题目" if zh else "slug", no_wrap=True, min_width=max((len(x["slug"]) for x in problems), default=4))
    p.add_column("难度" if zh else "level", no_wrap=True, min_width=5)
    p.add_column("标题" if zh else "title")
    topic = None
    for pr in problems:
        if pr["topic"] != topic:
            topic = pr["topic"]
            p.add_row(Text(topic, style="bold cyan"), "", "")
        p.add_row("  " + pr["slug"], _stars(pr["difficulty"]), show(pr["title"], lang))
    return p


def topic_listing(bank, topic: str, lang: str = "en") -> None:
    """One topic: its cards (id, kind, difficulty, the prompt's start) and its problems."""
    from rich.table import Table

    zh = lang == "zh"
    tp = bank.topics[topic]
    cards = tp["cards"]
    t = Table(title=f"{topic} · {show(tp['title'], lang)} · {len(cards)}{' 张卡片' if zh else ' cards'}",
              title_justify="left")
    t.add_column("卡片 id" if zh else "card id", no_wrap=True, min_width=max((len(c["id"]) for c in cards), default=7))
    kinds = ui(lang, "kinds")
    t.add_column("题型" if zh else "kind", no_wrap=True, min_width=max(cell_len(kinds[c["kind"]]) for c in cards))
    t.add_column("难度" if zh else "level", no_wrap=True, min_width=5)
    t.add_column("题目" if zh else "question", no_wrap=True)
    id_w = max(len(c["id"]) for c in cards)
    kind_w = max(cell_len(kinds[c["kind"]]) for c in cards)
    room = max(10, console.width - id_w - kind_w - 5 - 13)  # 13: the borders and padding of 4 columns
    for c in sorted(cards, key=lambda c: (c["difficulty"], c["id"])):
        first = Text(" ".join(show(c["prompt"], lang).split()))
        first.truncate(room, overflow="ellipsis")
        t.add_row(c["id"], kinds[c["kind"]], _stars(c["difficulty"]), first)
    console.print(t)
    probs = [p for p in bank.problems.values() if p["topic"] == topic]
    if probs:
        console.print(problems_table(probs, lang, title=("本主题的编程题" if zh else "Coding problems of this topic")))
    console.print(Text(("`cvdrill show 卡片id` 显示一张卡片及答案；`cvdrill quiz " + topic + "` 开始练习") if zh else
                       ("`cvdrill show CARD_ID` shows a card with its answer; `cvdrill quiz " + topic + "` drills them"),
                       style="dim"))


def show_card(c: dict, lang: str) -> None:
    card(c, lang, 1, 1, head=f"{c['id']} · {c['kind']} · {_stars(c['difficulty'])}")
    console.print(Text(f"{ui(lang, 'the_answer')}: ", style="bold") + rich_text(_answer_text(c, lang)))
    explain(c, lang)


def show_problem(p: dict, lang: str) -> None:
    console.print(Panel(rich_text(show(p["statement"], lang)),
                        title=f"{p['slug']} · {show(p['title'], lang)} · {_stars(p['difficulty'])}",
                        title_align="left", border_style="cyan"))
    console.print(Text("函数签名：" if lang == "zh" else "signature: ", style="bold") + Text(p["signature"]))
    console.print(Text(f"{ui(lang, 'source')}: {p['source']}", style="dim"))
    console.print(Text("起始代码：" if lang == "zh" else "stub:", style="bold"))
    console.print(_code(p["stub"]))


def hint(p: dict, i: int, lang: str) -> None:
    label = f"提示 {i + 1}/{len(p['hints'])}：" if lang == "zh" else f"hint {i + 1}/{len(p['hints'])}: "
    console.print(Text(label, style="bold yellow") + rich_text(show(p["hints"][i], lang)))


# The verdict words are the contract (scripts and --json use them); people read them as words,
# and in Chinese with a gloss.
VERDICT_WORDS = {"accepted": ("accepted", "通过"), "wrong_answer": ("wrong answer", "答案错误"),
                 "time_limit_exceeded": ("time limit exceeded", "超时"),
                 "memory_limit_exceeded": ("memory limit exceeded", "超内存"),
                 "runtime_error": ("runtime error", "运行错误"), "forbidden": ("forbidden", "使用了禁止的库"),
                 "invalid_submission": ("invalid submission", "无效提交"), "not_attempted": ("not attempted", "未作答")}


def verdict_word(v: str, lang: str = "en", contract: bool = False) -> str:
    """"wrong answer" for people (reports, history); `contract` keeps the judge's word
    (the grade table: scripts and users search for it); in Chinese always the contract
    word with its gloss: "wrong_answer（答案错误）"."""
    en, zh = VERDICT_WORDS.get(v, (v.replace("_", " "), v))
    if lang == "zh":
        return f"{v}（{zh}）"
    return v if contract else en


def _result_zh() -> dict:
    from .quiz import RATINGS, RATINGS_ZH  # the self-grading words, named once

    return {"right": "答对", "wrong": "答错", "skipped": "跳过",
            **{RATINGS[k]: RATINGS_ZH[k] for k in RATINGS}}


_RESULT_ZH = _result_zh()


def result_word(s: str, lang: str) -> str:
    if s in VERDICT_WORDS:
        return verdict_word(s, lang)
    return _RESULT_ZH.get(s, s) if lang == "zh" else s


VERDICT_STYLE = {"accepted": "bold green", "wrong_answer": "bold red", "time_limit_exceeded": "bold yellow",
                 "memory_limit_exceeded": "bold yellow", "runtime_error": "bold magenta",
                 "forbidden": "bold red", "invalid_submission": "bold red"}


def progress_line(line: str, lang: str = "en") -> str:
    """The judge's live progress line in the reader's language."""
    if lang != "zh":
        return line
    from .judge.zh import progress_zh

    return progress_zh(line)


def zh_message(r) -> str:
    """A verdict's message in Chinese: the named mistake in its zh words, the rest through
    the judge's phrase book (code, case names and tracebacks stay as they are)."""
    from .judge.zh import to_zh

    fc = r.failing_case or {}
    message = r.message
    head = ""
    if fc.get("variant"):
        v = fc["variant"]
        head = f"你的答案符合「{v.get('name_zh') or v['name']}」：{v['why']['zh']}。\n"
        message = message.split("\n", 1)[-1]
    return head + to_zh(message, fc.get("name", ""))


def dumped_case(path, dumped, lang: str = "en", failed: bool = False) -> None:
    """Where --dump-case wrote the failing case, and what np.load finds in it."""
    zh = lang == "zh"
    if dumped is None:
        if failed:  # e.g. invalid_submission, or too slow on the timing input
            text = (f"未写入 {path}：失败不在某个用例上（在用例运行之前，或在计时阶段）。" if zh else
                    f"No case written to {path}: the failure is not on a case (it came before the cases ran, "
                    f"or in the timing).")
        else:
            text = f"没有失败的用例，未写入 {path}。" if zh else f"Nothing failed: no case written to {path}."
        console.print(text, markup=False, highlight=False)
        return
    slug, entries = dumped
    load = f"np.load({str(path)!r})"
    console.print(f"{slug} 的失败用例已完整写入 {path}：{load} 含 {', '.join(entries)}（以及 meta）。" if zh else
                  f"The failing case of {slug} is in {path}, whole: {load} has {', '.join(entries)} (and meta).",
                  markup=False, highlight=False)


def sandbox_off(box) -> list[str]:
    """The kernel fences a worker ran without (see judge/sandbox.py), in words."""
    if not box:
        return []
    if box.get("off"):
        return [box["off"]]
    out = []
    if not box.get("landlock"):
        out.append("Landlock (" + (box.get("landlock_error") or "not in this kernel") + ")")
    elif not box.get("landlock_signals"):
        out.append(f"Landlock signal scoping (ABI {box['landlock']} < 6)")
    if not box.get("seccomp"):
        out.append("seccomp (" + (box.get("seccomp_error") or "unavailable") + ")")
    return out


def grade_report(results, file: str, seed: int, lang: str = "en") -> None:
    from rich.table import Table

    zh = lang == "zh"
    t = Table(title=f"{file} ({'种子' if zh else 'seed'} {seed})", title_justify="left")
    for col in (("题目", "结果", "用例", "耗时比") if zh else ("problem", "verdict", "cases", "time ratio")):
        t.add_column(col, justify="right" if col in ("cases", "time ratio", "用例", "耗时比") else "left")
    for r in results:
        ratio = f"{r.time_ratio:.2f}x" if r.time_ratio is not None else "-"
        t.add_row(r.problem, f"[{VERDICT_STYLE[r.verdict]}]{verdict_word(r.verdict, lang, contract=True)}[/]",
                  f"{r.passed}/{r.total}", ratio)
    console.print(t)
    off = sandbox_off(next((r.sandbox for r in results if r.sandbox), None))
    if off:  # said once, under the table: the verdicts stand, the fences were thinner
        console.print(Text(("本机未启用的防护：" if zh else "Protections off on this machine: ") + ", ".join(off),
                           style="yellow"))
    for r in results:
        if r.verdict == "accepted":
            continue
        fc = r.failing_case or {}
        message = zh_message(r) if zh else r.message
        body: list = [Text(message)]
        if "expected" in fc:
            body.append(Text("应为：  " if zh else "expected: ", style="bold green") + Text(fc["expected"]))
            body.append(Text("你的：  " if zh else "got:      ", style="bold red") + Text(fc["got"]))
        if fc:
            if zh:
                where = f"用例 '{fc['name']}'，设备 {fc['device']}，种子 {fc['seed']}"
                if fc.get("shrunk_from"):
                    where += f"（由 {fc['shrunk_from']} 缩小" + (f"：{fc['shrunk']}）" if fc.get("shrunk") else "）")
            else:
                where = f"case '{fc['name']}' on {fc['device']}, seed {fc['seed']}"
                if fc.get("shrunk_from"):
                    where += f" (shrunk from {fc['shrunk_from']}" + (f": {fc['shrunk']})" if fc.get("shrunk") else ")")
            body.append(Text(where, style="dim"))
        if r.output:
            body.append(Text("你的输出：" if zh else "your output:", style="bold"))
            body.append(Text(r.output))
        console.print(Panel(Group(*body), title=f"{r.problem}: {verdict_word(r.verdict, lang, contract=True)}", title_align="left",
                            border_style=VERDICT_STYLE[r.verdict].split()[-1]))
        from .pictures import for_failing_case

        picture = for_failing_case(r.problem, fc, lang, width=min(console.width, 80))
        if picture is not None:
            console.print(picture, end="")
        if fc.get("paste"):
            # outside the panel and never wrapped by us: a long line copies whole
            console.print(Text("出错的调用，可粘贴到你的函数下面复现：" if zh else
                               "The failing call, to paste under your function:", style="bold"))
            console.print(Text(fc["paste"]), soft_wrap=True)


# ------------------------------------------------------------ practice, stats, mock


def practice_header(lang: str, n: int, total: int, due_total: int, item: str, time_left: Optional[float] = None) -> None:
    left = ""
    if time_left is not None:
        t = max(0, int(time_left))
        left = f" · ⏱ {t // 60:02d}:{t % 60:02d}"
    if lang == "zh":
        console.print(f"[bold cyan]第 {n}/{total} 项[/] · 今日待复习 {due_total}{left} · {item}")
    else:
        console.print(f"[bold cyan]{n} of {total}[/] · due today {due_total}{left} · {item}")


def plan_line(lang: str, plan) -> None:
    if lang == "zh":
        console.print(f"[bold]共 {len(plan.items)} 项[/]：{plan.due} 项到期复习，{plan.new} 项新内容")
    else:
        console.print(f"[bold]{plural(len(plan.items), 'item')}[/]: {plan.due} due, {plan.new} new")


def practice_summary(rows: list[dict], lang: str, stopped: bool, next_due: Optional[str]) -> None:
    from rich.table import Table

    t = Table(title=("Practice summary" if lang == "en" else "练习小结") + (f" ({ui(lang, 'stopped')})" if stopped else ""),
              title_justify="left")
    for col in (("item", "result", "next review") if lang == "en" else ("项目", "结果", "下次复习")):
        t.add_column(col, overflow="fold")
    for r in rows:
        t.add_row(r["item"], result_word(r["result"], lang), r["next"])
    console.print()
    console.print(t)
    if next_due:
        console.print(f"{ui(lang, 'next_due')}{'：' if lang == 'zh' else ': '}{next_due}")


def _bar(frac: float, width: int = 20) -> str:
    full = int(round(frac * width))
    return "█" * full + "░" * (width - full)


def day_bars(rows: list[tuple[str, float, str]], width: int = 30) -> "Table":
    """A bar per row (label, value, text after the bar), scaled to the largest value:
    plain block characters, so the chart reads the same piped or with NO_COLOR."""
    from rich.table import Table

    top = max((v for _, v, _ in rows), default=0) or 1
    g = Table.grid(padding=(0, 1))
    g.add_column(no_wrap=True)
    g.add_column(no_wrap=True)
    g.add_column(no_wrap=True)
    for label, v, after in rows:
        n = int(round(v / top * width))
        g.add_row(label, Text("█" * n + ("▏" if v and not n else ""), style="cyan"), after)
    return g


def stats(data: dict, lang: str = "en") -> None:
    """Progress: reviews due over the next 14 days, accuracy over the last 30, cards seen
    per topic against its size, then the problems tried (the others as a count)."""
    from datetime import date

    from rich.table import Table

    zh = lang == "zh"
    due = data.get("due_next_14_days", [])
    if due:
        console.print(Text("未来 14 天待复习" if zh else "Reviews due, next 14 days", style="bold"))
        wd = "一二三四五六日"
        rows = []
        for i, d in enumerate(due):
            day = date.fromisoformat(d["day"])
            name = ("今天" if zh else "today") if i == 0 else (f"周{wd[day.weekday()]}" if zh else day.strftime("%a"))
            rows.append((f"{day.strftime('%m-%d')} {name}", d["due"], str(d["due"])))
        console.print(day_bars(rows))
    acc = [a for a in data.get("accuracy_last_30_days", []) if a["answered"]]
    if acc:
        console.print(Text("近 30 天正确率（自动判分的题）" if zh else "Accuracy, last 30 days (auto-graded cards)",
                           style="bold"))
        console.print(day_bars([(a["day"][5:], a["right"] / a["answered"],
                                 f"{a['right'] / a['answered']:.0%} ({a['right']}/{a['answered']})") for a in acc],
                               width=20))
    t = Table(title="各主题卡片" if zh else "Cards by topic", title_justify="left")
    cols = (("主题", "left"), ("已学", "right"), ("", "left"), ("记住率", "right"), ("待复习", "right")) if zh else \
        (("topic", "left"), ("seen", "right"), ("", "left"), ("retention", "right"), ("due", "right"))
    for col, j in cols:
        t.add_column(col, justify=j, no_wrap=col in ("topic", "主题"))
    for r in data["topics"]:
        ret = f"{r['retention']:.0%}" if r["retention"] is not None else "-"
        t.add_row(r["topic"], f"{r['seen']}/{r['cards']}", f"[green]{_bar(r['seen'] / r['cards'])}[/]", ret,
                  str(r["due"]) if r["due"] else "")
    console.print(t)
    tried = [r for r in data["problems"] if r["attempts"]]
    untried = len(data["problems"]) - len(tried)
    if tried:
        p = Table(title="做过的编程题" if zh else "Coding problems tried", title_justify="left")
        for col in (("题目", "提交次数", "已通过", "最好耗时比", "待复习") if zh else
                    ("problem", "attempts", "solved", "best time ratio", "due")):
            p.add_column(col, no_wrap=col in ("problem", "题目"))
        for r in tried:
            ratio = f"{r['best_time_ratio']:.2f}x" if r["best_time_ratio"] is not None else "-"
            p.add_row(r["slug"], str(r["attempts"]), "[green]✔[/]" if r["solved"] else "", ratio,
                      ("到期" if zh else "due") if r["due"] else "")
        console.print(p)
    if untried:
        console.print(f"还有 {untried} 道编程题没做过（`cvdrill list` 列出全部）" if zh else
                      f"{plural(untried, 'coding problem')} not tried yet (`cvdrill list` shows them all)")
    solved = sum(1 for r in data["problems"] if r["solved"])
    if zh:
        console.print(f"连续练习：[bold]{data['streak']} 天[/] · 累计练习 {data['days_practised']} 天 · "
                      f"现在待复习 {data['due_now']} · 已通过编程题 {solved}/{len(data['problems'])}")
    else:
        console.print(f"streak: [bold]{plural(data['streak'], 'day')}[/] · days practised: {data['days_practised']} · "
                      f"due now: {data['due_now']} · problems solved: {solved}/{len(data['problems'])}")


def mock_intro(lang: str, n_cards: int, concept_s: float, n_problems: int, total_s: float) -> None:
    m = lambda x: f"{x / 60:.0f}" if x >= 60 else f"{x / 60:.1f}"  # noqa: E731
    if lang == "zh":
        parts = []
        if n_cards:
            parts.append(f"{n_cards} 道概念题（{m(concept_s)} 分钟）")
        if n_problems:
            parts.append(f"{n_problems} 道编程题（共 {m(total_s)} 分钟内完成，概念题剩下的时间归编程）")
        console.print("[bold]模拟面试[/]：" + "，然后 ".join(parts) + "。没有提示、没有参考答案，结束后才给解析。")
    else:
        parts = []
        if n_cards:
            parts.append(f"{plural(n_cards, 'concept question')} ({m(concept_s)} min)")
        if n_problems:
            parts.append(f"{plural(n_problems, 'coding problem')} (until {m(total_s)} min; time the concepts leave goes to coding)")
        console.print("[bold]Mock interview[/]: " + ", then ".join(parts)
                      + ". No hints, no references, no explanations until the report.")


def mock_report(rep: dict, lang: str, bank=None) -> None:
    """The report: points and time per part, then each question right or wrong with the
    right answer and its explanation (the first time the user sees them)."""
    from rich.table import Table

    zh = lang == "zh"
    c = rep["concepts"]
    parts = rep.get("parts", {})
    used = lambda p: ((f"{parts[p]['used_min']:.1f} / {parts[p]['budget_min']:.1f} 分钟" if zh else  # noqa: E731
                       f"{parts[p]['used_min']:.1f} of {parts[p]['budget_min']:.1f} min") if p in parts else "")
    t = Table(title=("模拟面试报告" if zh else "Mock interview report")
              + ("" if rep.get("status", "finished") == "finished" else (" (中途结束)" if zh else " (interrupted)")),
              title_justify="left")
    for col in (("部分", "结果", "用时", "得分") if zh else ("part", "result", "time", "points")):
        t.add_column(col, justify="right" if col in ("points", "得分") else "left", overflow="fold")
    extra = [(f"{c[k]} {k}" if not zh else f"{'跳过' if k == 'skipped' else '超时'} {c[k]}")
             for k in ("skipped", "late") if c.get(k)]
    right = f"答对 {c['right']}/{c['asked']}" if zh else f"{c['right']}/{c['asked']} right"
    t.add_row("concepts" if not zh else "概念题", right + (f" ({', '.join(extra)})" if extra else ""),
              used("concepts"), f"{c['points']:.0f}")
    for p in rep["coding"]:
        t.add_row(f"{'编程' if zh else 'code'}: {p['slug']}",
                  verdict_word(p["verdict"], lang) + (f" ({p['time_ratio']:.2f}x)" if p.get("time_ratio") else ""),
                  used("coding") if p is rep["coding"][0] else "", f"{p['points']:.0f}/{p['max']:.0f}")
    t.add_row("[bold]total[/]" if not zh else "[bold]合计[/]", "",
              f"{rep['minutes_used']:.1f} / {rep['minutes']:g} 分钟" if zh else f"{rep['minutes_used']:.1f} of {rep['minutes']:g} min",
              f"[bold]{rep['score']:.0f}/100[/]")
    console.print()
    console.print(t)
    cards = bank.cards if bank is not None else {}
    for i, item in enumerate(c.get("items", []), 1):
        card_ = cards.get(item["id"])
        if item["skipped"]:
            mark, style = ("跳过" if zh else "skipped"), "yellow"
        elif item["late"]:
            mark, style = ("超时，不计分" if zh else "too late, not counted"), "yellow"
        elif item["correct"]:
            mark, style = ("正确" if zh else "right"), "green"
        else:
            mark, style = ("错误" if zh else "wrong"), "red"
        console.print(Text(f"{i}. {item['id']}: ", style="bold") + Text(mark, style=f"bold {style}"))
        if card_ is None:
            continue
        console.print(Text("   " + show(card_["prompt"], lang).split("\n")[0]))
        if item.get("answer") is not None:  # bank letters, like the answer and explanation below
            yours = dict(card_, answer=item["answer"])
            console.print(Text(f"   {'你的答案' if zh else 'your answer'}: ", style="bold") + rich_text(_answer_text(yours, lang)))
        console.print(Text(f"   {ui(lang, 'the_answer')}: ", style="bold") + rich_text(_answer_text(card_, lang)))
        console.print(Text(f"   {ui(lang, 'why')}: ", style="bold") + rich_text(show(card_["explanation"], lang)))


def history(rows: list[dict], lang: str = "en") -> None:
    """Mock scores over time (a bar each, 0-100), then the table."""
    from rich.table import Table

    zh = lang == "zh"
    console.print(Text("模拟面试得分" if zh else "Mock interview scores", style="bold"))
    console.print(day_bars([(r["ts"][:16].replace("T", " "), r["score"], f"{r['score']:.0f}") for r in rows], width=25))
    t = Table(title="模拟面试" if zh else "Mock interviews", title_justify="left")
    for col in (("#", "时间", "分钟", "概念题", "编程题", "得分", "状态") if zh else
                ("#", "when", "minutes", "concepts", "coding", "score", "status")):
        t.add_column(col, overflow="fold")
    status_zh = {"finished": "已完成", "interrupted": "中途结束", "running": "进行中"}
    for i, r in enumerate(rows, 1):
        coding = ", ".join(f"{p['slug']}: {verdict_word(p['verdict'], lang)}" for p in r["coding"])
        st = r.get("status", "finished")
        t.add_row(str(i), r["ts"][:16].replace("T", " "), f"{r['minutes_used']:.0f}/{r['minutes']:g}",
                  f"{r['concepts']['right']}/{r['concepts']['asked']}", coding, f"{r['score']:.0f}",
                  status_zh.get(st, st) if zh else st)
    console.print(t)


class _NoStatus:
    def update(self, text) -> None:
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


class _PlainStatus(_NoStatus):
    """A terminal without cursor control (TERM=dumb): the line rewritten after a carriage
    return, at most 5 times a second, and wiped at the end."""

    def __init__(self, first: str):
        self.width, self.last, self.shown = 0, 0.0, ""
        self.update(first)

    def update(self, text) -> None:
        import time

        line = str(text)[: max(10, console.width - 1)]
        now = time.monotonic()
        if line == self.shown or (now - self.last < 0.2 and line.split("·")[0] == self.shown.split("·")[0]):
            return  # the same step a moment later: not worth a redraw
        self.last, self.shown = now, line
        console.file.write("\r" + line.ljust(self.width))
        console.file.flush()
        self.width = max(self.width, cell_len(line))

    def __exit__(self, *exc):
        console.file.write("\r" + " " * self.width + "\r")
        console.file.flush()
        return False


def status(first: str = "starting the judge"):
    """A one-line live status ("nms: case 12/23 · 1.4 s") on a terminal, replaced by what
    follows; nothing at all when the output is piped or redirected."""
    if not console.is_terminal:
        return _NoStatus()
    if console.is_dumb_terminal:
        return _PlainStatus(first)
    return console.status(Text(first), spinner="dots")
