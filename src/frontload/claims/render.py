"""The checked article as Markdown or HTML: each claim marked in the text, a table of verdicts below."""

from __future__ import annotations

import html

from ..model import period_label
from .verify import Verdict

_MARK = {"supported": "✓", "contradicted": "✗", "consistent": "≈", "not_checkable": "?"}
_COLOUR = {
    "supported": "#1a7f37",
    "contradicted": "#cf222e",
    "consistent": "#9a6700",
    "not_checkable": "#6e7781",
}


def _numbered(verdicts: list[Verdict]) -> list[tuple[int, int, str, list[tuple[int, Verdict]]]]:
    """Sentences in text order: (start, end, sentence, [(number, verdict)])."""
    by_start: dict[int, tuple[int, int, str, list[tuple[int, Verdict]]]] = {}
    for i, v in enumerate(verdicts, 1):
        c = v.claim
        entry = by_start.setdefault(c.start, (c.start, c.start + len(c.sentence), c.sentence, []))
        entry[3].append((i, v))
    return [by_start[k] for k in sorted(by_start)]


def data_text(v: Verdict) -> str:
    """The data's figure in the unit of the claim's measure."""
    if v.data_value is None:
        return ""
    if v.measure == "change":
        return f"{v.data_value:+.1f}%"
    if v.measure == "share":
        return f"{v.data_value:.1f}%"
    if v.measure == "rank":
        return f"#{v.data_value:.0f}"
    if v.measure == "quantity":
        return f"{v.data_value / 1e9:,.2f} bn units"
    return f"USD {v.data_value / 1e9:,.3f} bn"


def understood_text(v: Verdict) -> str:
    """What the claim was read as, in one line: 'CHN imports 8542 from USA Oct 2024 (record)'."""
    c = v.claim
    if v.measure == "none":
        return "not a trade figure"
    period = period_label(c.period_start, c.months) if c.period_start and c.months else None
    if c.measure == "billings":
        parts = [c.reporter, "equipment billings (SEMI)", period]
    else:
        flow_word = {"M": "imports", "X": "exports"}.get(c.flow or "", "")
        parts = [c.reporter, flow_word, "+".join(c.product), "from " + (c.partner or "World"), period]
    what = " ".join(str(x) for x in parts if x)
    if c.comparison:
        what += f" ({c.comparison}" + (f" vs {'+'.join(c.others)}" if c.others else "") + ")"
    return what


def to_markdown(text: str, verdicts: list[Verdict]) -> str:
    out, pos = [], 0
    for _start, end, _, items in _numbered(verdicts):
        out.append(text[pos:end])
        out.append(" " + " ".join(f"**[{n}{_MARK[v.verdict]}]**" for n, v in items))
        pos = end
    out.append(text[pos:])
    lines = [
        "".join(out).strip(),
        "",
        "| # | claim | verdict | data | evidence | explanation |",
        "|---|---|---|---|---|---|",
    ]
    for n, v in enumerate(verdicts, 1):
        cells = [str(n), v.claim.sentence, v.verdict, data_text(v), "; ".join(v.evidence), v.explanation]
        lines.append("| " + " | ".join(c.replace("|", "\\|").replace("\n", " ") for c in cells) + " |")
    return "\n".join(lines) + "\n"


def to_html(text: str, verdicts: list[Verdict]) -> str:
    out, pos = [], 0
    for start, end, _sentence, items in _numbered(verdicts):
        out.append(html.escape(text[pos:start]))
        worst = items[0][1].verdict
        for _, v in items:
            if v.verdict == "contradicted":
                worst = "contradicted"
        marks = "".join(f"<sup>[{n}{_MARK[v.verdict]}]</sup>" for n, v in items)
        out.append(
            f'<mark style="background:none;border-bottom:2px solid {_COLOUR[worst]}">'
            f"{html.escape(text[start:end])}</mark>{marks}"
        )
        pos = end
    out.append(html.escape(text[pos:]))
    rows = "".join(
        f"<tr><td>{n}</td><td>{html.escape(v.claim.sentence)}</td>"
        f'<td style="color:{_COLOUR[v.verdict]}">{v.verdict}</td><td>{html.escape(data_text(v))}</td>'
        f"<td>{html.escape('; '.join(v.evidence))}</td><td>{html.escape(v.explanation)}</td></tr>"
        for n, v in enumerate(verdicts, 1)
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>frontload check</title>'
        "<style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto}td,th{border-bottom:1px solid "
        "#ddd;padding:.3rem;vertical-align:top}table{border-collapse:collapse}</style></head><body>"
        f'<p style="white-space:pre-wrap">{"".join(out)}</p><table><tr><th>#</th><th>claim</th>'
        f"<th>verdict</th><th>data</th><th>evidence</th><th>explanation</th></tr>{rows}</table></body></html>\n"
    )
