"""Text helpers: pick a language, turn `$LaTeX$` spans into readable Unicode."""
from __future__ import annotations

import locale
import os
import re

LANGS = ("en", "zh")
_MATH = re.compile(r"\$\$(.+?)\$\$|\$(.+?)\$", re.S)
_conv = None


def default_lang() -> str:
    """zh when the locale says Chinese (CVDRILL_LANG, LC_ALL, LC_MESSAGES, LANG), else en."""
    for var in ("CVDRILL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        val = os.environ.get(var)
        if val:
            return "zh" if val.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh" if loc.lower().startswith("zh") else "en"


def pick(text, lang: str) -> str:
    """A bank text is either a plain string or {"en": ..., "zh": ...}."""
    if isinstance(text, dict):
        return text.get(lang) or text.get("en") or ""
    return "" if text is None else str(text)


_OPS = r"log|ln|exp|max|min|arg|sup|inf|det|tr|Tr|var|Var|cov|Cov|sign"
_SUP = dict(zip("0123456789+-=()nikTt", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱᵏᵀᵗ"))
_SUB = dict(zip("0123456789+-=()aeijknmtxrspo", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑᵢⱼₖₙₘₜₓᵣₛₚₒ"))
# macros pylatexenc drops silently
_MISSING_MAP = {"ne": "≠", "mid": "|", "lvert": "|", "rvert": "|", "coloneqq": "≔", "intercal": "ᵀ",
                "top": "ᵀ", "lfloor": "⌊", "rfloor": "⌋", "lceil": "⌈", "rceil": "⌉", "llbracket": "⟦",
                "rrbracket": "⟧", "varnothing": "∅", "triangleq": "≜", "propto": "∝", "odot": "⊙"}
_MISSING = re.compile(r"\\(" + "|".join(sorted(_MISSING_MAP, key=len, reverse=True)) + r")(?![A-Za-z])")


def _scripts(src: str) -> str:
    """Every ^{...} and _{...} (braces balanced, nesting allowed) and ^x, _x as Unicode
    super/subscripts where possible, else x_in, x^(2k+1), E_(x ~ p_data)."""
    out, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch in "_^" and (i == 0 or src[i - 1] != "\\") and i + 1 < len(src):
            if src[i + 1] == "{":
                depth, j = 0, i + 1
                while j < len(src):
                    depth += {"{": 1, "}": -1}.get(src[j], 0)
                    if depth == 0:
                        break
                    j += 1
                body = _scripts(src[i + 2:j])
                out.append(_script_text(ch, body))
                i = j + 1
                continue
            if src[i + 1].isalnum():
                out.append(_script_text(ch, src[i + 1]))
                i += 2
                continue
        out.append(ch)
        i += 1
    return "".join(out)


def _script_text(mark: str, body: str) -> str:
    table = _SUP if mark == "^" else _SUB
    if body and all(c in table for c in body):
        return "".join(table[c] for c in body)
    if body.isalnum() or re.fullmatch(r"\\[A-Za-z]+(\{\})?", body):  # x^k, (1 - p)^\gamma
        return mark + body
    return mark + "(" + body + ")"


def _frac(node, l2tobj) -> str:
    """\\frac{a+b}{c} -> (a+b)/c: brackets wherever a side is more than one term."""
    args = node.nodeargd.argnlist if node.nodeargd else []
    if len(args) < 2 or args[0] is None or args[1] is None:
        return ""
    num, den = (l2tobj.nodelist_to_text([a]).strip() for a in args[:2])
    # marked, so that latex() can bracket the whole fraction by what stands beside it
    return f"{_FRAC_OPEN}{_wrap(num, den=False)}/{_wrap(den, den=True)}{_FRAC_CLOSE}"


_FRAC_OPEN, _FRAC_CLOSE = "\x01", "\x02"
_FRAC = re.compile("(?P<fn>(?:" + _OPS + ")[₀-₉ₐ-ₜ]*\\s*)?\x01(?P<f>[^\x01\x02]*)\x02(?P<next>.?)", re.S)


def _place_fracs(out: str) -> str:
    """A fraction is a/b where nothing is glued to it; an operator's argument is bracketed
    (0.5 log(0.5/0.9)), and so is a fraction that multiplies what follows or precedes
    it: (1/2)(P + Q), (d/dx)σ(x), x(1/2)."""
    def one(m):
        f, nxt, fn = m.group("f"), m.group("next"), m.group("fn")
        if fn:
            return f"{fn.strip()}({f}){nxt}"
        before = out[m.start() - 1] if m.start() > 0 else " "
        glued = (nxt and not nxt.isspace() and nxt not in ",.;:=+-−±)]}|‖<>≤≥≈'") or before.isalnum() or before in ")]"
        if nxt in ("|", "‖") and m.end() < len(out) and not out[m.end()].isspace():
            glued = True  # |x| opens right after the fraction: (d/dx)|x - y|
        return (f"({f})" if glued else f) + nxt
    prev = None
    while prev != out:  # nested fractions: innermost first
        prev = out
        out = _FRAC.sub(one, out, count=1)
    return out


def _top_level(t: str) -> list[str]:
    """The top-level pieces of t: bracketed groups and runs of other characters."""
    parts, depth, buf = [], 0, ""
    for ch in t:
        if ch == "(":
            if depth == 0 and buf:
                parts.append(buf)
                buf = ""
            depth += 1
        buf += ch
        if ch == ")":
            depth -= 1
            if depth == 0:
                parts.append(buf)
                buf = ""
    if buf:
        parts.append(buf)
    return parts


def _wrap(t: str, den: bool) -> str:
    parts = _top_level(t)
    loose = any(ch in p for p in parts if not p.startswith("(") for ch in "+-−± ·∑")
    # a function call like p(x) or log(x) is one factor; (a)(b) in a denominator is two
    groups = sum(1 for p in parts if p.startswith("("))
    single_call = len(parts) <= 2 and (len(parts) == 1 or not parts[0].startswith("("))
    product = den and re.match(r"[0-9.]+[^0-9.]", t) is not None  # 2√u, 2σ²: a coefficient times
    if loose or product or (den and not single_call and groups >= 1) or (den and groups > 1):
        return f"({t})"
    return t



def latex(expr: str) -> str:
    """LaTeX math -> Unicode via pylatexenc, e.g. `\\frac{1}{2}x^2` -> `(1/2)x²`."""
    global _conv
    if _conv is None:
        from pylatexenc.latex2text import LatexNodes2Text

        from pylatexenc.latex2text import MacroTextSpec, get_default_latex_context_db

        db = get_default_latex_context_db()
        db.add_context_category("cvdrill", prepend=True, macros=[
            MacroTextSpec("frac", simplify_repl=_frac), MacroTextSpec("dfrac", simplify_repl=_frac),
            MacroTextSpec("tfrac", simplify_repl=_frac)])
        _conv = LatexNodes2Text(latex_context=db, math_mode="text", strict_latex_spaces=False)
    # a space after a macro is eaten by LaTeX ("\\alpha = 1" -> "α= 1"); keep it
    src = re.sub(r"(\\[A-Za-z]+) (?=[^{\s])", r"\1{} ", expr)
    src = src.replace("\\|", "‖").replace("\\lVert", "‖").replace("\\rVert", "‖")
    src = _MISSING.sub(lambda m: _MISSING_MAP[m.group(1)], src)
    # operator names keep a space after them ("log p", not "logp")
    src = re.sub(r"\\(" + _OPS + r")\b", lambda m: m.group(1) + " ", src)
    src = re.sub(r"\\operatorname\{(\w+)\}", lambda m: m.group(1) + " ", src)
    src = re.sub(r"(\\[A-Za-z]+)(?=[_^])", r"\1 ", src)  # \sum_i: keep the macro whole
    src = _scripts(src)
    out = _place_fracs(_conv.latex_to_text(src))
    # a number glued to an operator name reads as one word: 0.5log -> 0.5 log
    out = re.sub(r"(?<=[0-9.])(?=(?:" + _OPS + r")\b)", " ", out)
    out = re.sub(r"\b(" + _OPS + r")([₀-₉]*) \(", r"\1\2(", out)  # log (p) -> log(p)
    return re.sub(r"[ \t]+", " ", out).strip()


def render(text: str) -> str:
    """Render every `$...$` span of a text; the rest is left as written."""
    if "$" not in text:
        return text
    return _MATH.sub(lambda m: latex(m.group(1) or m.group(2)), text)


_ITEM = re.compile(r"\s*([-*•]|\d+[.)]|[a-z]\))\s")
_CJK = re.compile(r"[\u3000-\u9fff\uff00-\uffef]")


def reflow(text: str) -> str:
    """Join the hard-wrapped lines of a YAML block into paragraphs; blank lines,
    list items and indented lines (code, tables) keep their breaks."""
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    out = []
    for para in paras:
        lines = para.split("\n")
        buf = lines[0]
        in_item = bool(_ITEM.match(lines[0]))
        for ln in lines[1:]:
            if in_item and re.match(r"  ? ?\S", ln) and not _ITEM.match(ln):
                buf += " " + ln.strip()  # the continuation of a list item
            elif _ITEM.match(ln) or ln.startswith("  ") or lines[0].startswith("  "):
                in_item = bool(_ITEM.match(ln))
                buf += "\n" + ln
            elif buf and ln and _CJK.match(buf[-1]) and _CJK.match(ln.lstrip()[:1] or " "):
                buf += ln.strip()
            else:
                buf += " " + ln.strip()
        out.append(buf.rstrip())
    return "\n\n".join(out)


def show(text, lang: str) -> str:
    if isinstance(text, dict) and text.get("_plain"):
        return text.get(lang) or text.get("en") or ""  # rendered when the bank was cached
    return render(reflow(pick(text, lang)))


def prerender(card: dict) -> dict:
    """A card with every text already reflowed and rendered (marked `_plain`), so that
    showing it needs no LaTeX parser: the bank cache stores cards this way."""
    out = dict(card)

    def one(t):
        return {"en": show(t, "en"), "zh": show(t, "zh"), "_plain": True}

    for k in ("prompt", "explanation"):
        out[k] = one(card[k])
    if card.get("options"):
        out["options"] = {k: one(v) for k, v in card["options"].items()}
    if card["kind"] in ("short", "formula"):
        out["answer"] = one(card["answer"])
    return out
