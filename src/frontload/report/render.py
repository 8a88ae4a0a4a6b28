"""Renderers for a :class:`~frontload.report.document.Document`: terminal, Markdown, JSON, HTML.

HTML is self-contained: charts are drawn with Plotly and its JavaScript is
inlined once (no CDN), so the file works offline. Without the ``charts`` extra
the HTML keeps its tables and says that charts need ``pip install frontload[charts]``.
"""

from __future__ import annotations

import html
import json
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from .document import ChartBlock, Cited, Document, Paragraph, TableBlock


def _cell(c: str | Cited) -> str:
    return c if isinstance(c, str) else c.marked()


# -- terminal ------------------------------------------------------------------------------
def to_terminal(doc: Document, console: Console) -> None:
    console.print(Panel(Text(doc.subtitle), title=f"[bold]{doc.title}[/]", expand=True))
    for w in doc.warnings:
        console.print(f"[yellow]warning:[/] {w}", highlight=False)
    for section in doc.sections:
        console.rule(f"[bold]{section.title}", align="left")
        parts: list[Any] = []
        for b in section.blocks:
            if isinstance(b, Paragraph):
                parts.append(Text(b.plain()))
                parts.append(Text(""))
            elif isinstance(b, TableBlock):
                t = Table(title=b.title, title_justify="left", caption=b.note or None,
                          caption_justify="left", show_lines=False)
                for i, col in enumerate(b.columns):
                    t.add_column(col, justify="left" if i == 0 else "right", overflow="fold")
                for row in b.rows:
                    t.add_row(*[_cell(c) for c in row])
                parts.append(t)
                parts.append(Text(""))
        console.print(Group(*parts))
    console.rule("[bold]Sources", align="left")
    for n in sorted(doc.citations.notes.values(), key=lambda n: n.ref):
        console.print(f"[{n.ref}] {n.text()}", highlight=False, soft_wrap=True)


# -- markdown ------------------------------------------------------------------------------
def _md_escape(s: str) -> str:
    return s.replace("|", "\\|")


def to_markdown(doc: Document) -> str:
    out = [f"# {doc.title}", "", f"_{doc.subtitle}_", ""]
    for w in doc.warnings:
        out += [f"> **Warning:** {w}", ""]
    for section in doc.sections:
        out += [f"## {section.title}", ""]
        for b in section.blocks:
            if isinstance(b, Paragraph):
                out += [b.plain(), ""]
            elif isinstance(b, TableBlock):
                if b.title:
                    out += [f"**{b.title}**", ""]
                out.append("| " + " | ".join(_md_escape(c) for c in b.columns) + " |")
                out.append("|" + "|".join(["---"] + ["---:"] * (len(b.columns) - 1)) + "|")
                for row in b.rows:
                    out.append("| " + " | ".join(_md_escape(_cell(c)) for c in row) + " |")
                if b.note:
                    out += ["", f"_{b.note}_"]
                out.append("")
    out += ["## Sources", ""]
    for n in sorted(doc.citations.notes.values(), key=lambda n: n.ref):
        out.append(f"{n.ref}. {n.text()}")
    out.append("")
    return "\n".join(out)


def render_markdown_terminal(doc: Document, console: Console) -> None:  # pragma: no cover
    from rich.markdown import Markdown  # here: it imports markdown-it, which `frontload brief` never needs

    console.print(Markdown(to_markdown(doc)))


# -- json ----------------------------------------------------------------------------------
def to_json(doc: Document) -> str:
    return json.dumps(doc.to_dict(), indent=2, ensure_ascii=False, default=str) + "\n"


# -- html ----------------------------------------------------------------------------------
_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2rem auto;
padding:0 1rem;color:#1d2433;line-height:1.5}
h1{margin-bottom:.2rem}.subtitle{color:#5b6475;margin-top:0}
h2{border-bottom:2px solid #dde3ee;padding-bottom:.2rem;margin-top:2.2rem}
table{border-collapse:collapse;margin:.8rem 0 1.2rem;font-size:.92rem}
th,td{padding:.25rem .6rem;border-bottom:1px solid #e6e9f0;text-align:right}
th:first-child,td:first-child{text-align:left}caption{text-align:left;font-weight:600;padding:.3rem 0}
.note{color:#5b6475;font-size:.85rem}.warn{background:#fff6e0;padding:.5rem;border-left:4px solid #e0a100}
sup a{text-decoration:none}ol.sources{font-size:.85rem;color:#3b4252}
.chart{margin:1rem 0}
"""


def _html_cited(c: str | Cited) -> str:
    if isinstance(c, str):
        return html.escape(c)
    refs = "".join(f'<sup><a href="#src{r}">[{r}]</a></sup>' for r in c.refs)
    title = html.escape(c.period)
    return f'<span class="fig" title="{title}">{html.escape(c.text)}</span>{refs}'


def _chart_html(b: ChartBlock, idx: int) -> str | None:
    try:
        import plotly.graph_objects as go
    except ImportError:
        return None
    fig = go.Figure()
    for name, ys in b.series.items():
        if b.kind == "bar":
            fig.add_trace(go.Bar(x=b.x, y=ys, name=name))
        else:
            fig.add_trace(go.Scatter(x=b.x, y=ys, name=name, mode="lines+markers"))
    for d, label in b.events:
        fig.add_vline(x=d.isoformat(), line_dash="dot", line_color="#b23")
        fig.add_annotation(x=d.isoformat(), y=1, yref="paper", text=label, showarrow=False,
                           textangle=-90, xanchor="right", yanchor="top", font={"size": 9})
    fig.update_layout(title=b.title, yaxis_title=b.unit, height=380,
                      margin={"l": 60, "r": 20, "t": 50, "b": 40}, template="plotly_white")
    return str(fig.to_html(full_html=False, include_plotlyjs=False, div_id=f"chart{idx}"))


def to_html(doc: Document) -> str:
    body: list[str] = [
        f"<h1>{html.escape(doc.title)}</h1>",
        f'<p class="subtitle">{html.escape(doc.subtitle)}</p>',
    ]
    body += [f'<p class="warn">{html.escape(w)}</p>' for w in doc.warnings]
    charts = 0
    plotly_missing = False
    for section in doc.sections:
        body.append(f"<h2>{html.escape(section.title)}</h2>")
        for b in section.blocks:
            if isinstance(b, Paragraph):
                body.append("<p>" + "".join(_html_cited(p) for p in b.parts) + "</p>")
            elif isinstance(b, TableBlock):
                rows = "".join(
                    "<tr>" + "".join(f"<td>{_html_cited(c)}</td>" for c in r) + "</tr>"
                    for r in b.rows
                )
                head = "".join(f"<th>{html.escape(c)}</th>" for c in b.columns)
                note = f'<p class="note">{html.escape(b.note)}</p>' if b.note else ""
                body.append(
                    f"<table><caption>{html.escape(b.title)}</caption><thead><tr>{head}</tr>"
                    f"</thead><tbody>{rows}</tbody></table>{note}"
                )
            else:
                chart = _chart_html(b, charts)
                if chart is None:
                    plotly_missing = True
                else:
                    charts += 1
                    body.append(f'<div class="chart">{chart}</div>')
    if plotly_missing:
        body.append('<p class="note">Charts need the charts extra: pip install '
                    "'frontload[charts]'.</p>")
    body.append("<h2>Sources</h2><ol class=\"sources\">")
    for n in sorted(doc.citations.notes.values(), key=lambda n: n.ref):
        body.append(f'<li id="src{n.ref}">{html.escape(n.text())}</li>')
    body.append("</ol>")
    script = ""
    if charts:
        from plotly.offline import get_plotlyjs

        script = f"<script>{get_plotlyjs()}</script>"
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(doc.title)}</title><style>{_CSS}</style>{script}</head>"
        f"<body>{''.join(body)}</body></html>\n"
    )
