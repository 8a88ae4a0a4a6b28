"""The structure of a report, independent of how it is rendered.

A :class:`Document` is sections of paragraphs, tables and charts. Every number
placed in it goes through :meth:`Citations.cite`, which returns the formatted
number with a footnote marker and remembers the figure's provenance, so the
renderers can list sources (source, dataset, vintage, file) under the text and
the JSON output can carry the raw values.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from ..stats.series import Provenance
from .numbers import fmt_value


@dataclass
class Note:
    """One footnote: a fetch (file or API response) at a vintage."""

    ref: int
    provenance: Provenance
    provenance_file: str = ""

    def text(self) -> str:
        p = self.provenance
        return (
            f"{p.source} · {p.dataset} · vintage {p.vintage.date().isoformat()} · {p.location}"
        )


@dataclass
class Cited:
    """A number as placed in the text: formatted text, refs, and the raw figure."""

    text: str
    refs: tuple[int, ...]
    value: float | None
    unit: str
    period: str = ""
    rows: int = 0
    detail: dict[str, Any] = field(default_factory=dict)

    def marked(self, style: str = "plain") -> str:
        if not self.refs:
            return self.text
        marks = ",".join(str(r) for r in self.refs)
        return f"{self.text} [{marks}]"

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text, "value": self.value, "unit": self.unit, "period": self.period,
            "sources": list(self.refs), "rows": self.rows,
            "detail": {k: _plain(v) for k, v in self.detail.items()},
        }


def _plain(v: Any) -> Any:
    if isinstance(v, dt.date | dt.datetime):
        return v.isoformat()
    if isinstance(v, tuple | list):
        return [_plain(x) for x in v]
    if isinstance(v, dict):
        return {str(k): _plain(x) for k, x in v.items()}
    return v


class Citations:
    """Numbers footnotes by fetch, in order of first use."""

    def __init__(self, provenance_files: dict[str, str] | None = None) -> None:
        self.notes: dict[str, Note] = {}
        self.provenance_files = provenance_files or {}

    def refs_for(self, provenance: list[Provenance]) -> tuple[int, ...]:
        refs = []
        for p in provenance:
            if p.fetch_id not in self.notes:
                self.notes[p.fetch_id] = Note(
                    len(self.notes) + 1, p, self.provenance_files.get(p.fetch_id, "")
                )
            refs.append(self.notes[p.fetch_id].ref)
        return tuple(sorted(set(refs)))

    def cite(
        self,
        value: float | None,
        unit: str,
        provenance: list[Provenance],
        *,
        period: str = "",
        rows: int = 0,
        detail: dict[str, Any] | None = None,
        signed: bool = False,
    ) -> Cited:
        return Cited(
            fmt_value(value, unit, signed=signed), self.refs_for(provenance), value, unit,
            period, rows, detail or {},
        )


@dataclass
class Paragraph:
    """Text with cited numbers: a list of plain strings and Cited parts."""

    parts: list[str | Cited]

    def plain(self) -> str:
        return "".join(p if isinstance(p, str) else p.marked() for p in self.parts)


@dataclass
class TableBlock:
    title: str
    columns: list[str]
    rows: list[list[str | Cited]]
    note: str = ""


@dataclass
class ChartBlock:
    """A chart's data; renderers that can draw (HTML) draw it, others skip it."""

    title: str
    kind: str  # "line" or "bar"
    x: list[Any]
    series: dict[str, list[float | None]]
    unit: str
    events: list[tuple[dt.date, str]] = field(default_factory=list)


@dataclass
class Section:
    title: str
    blocks: list[Paragraph | TableBlock | ChartBlock] = field(default_factory=list)

    def para(self, *parts: str | Cited) -> None:
        self.blocks.append(Paragraph(list(parts)))


@dataclass
class Document:
    title: str
    subtitle: str
    sections: list[Section]
    citations: Citations
    generated_at: dt.datetime
    options: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        def block(b: Paragraph | TableBlock | ChartBlock) -> dict[str, Any]:
            if isinstance(b, Paragraph):
                return {
                    "type": "paragraph", "text": b.plain(),
                    "figures": [p.to_dict() for p in b.parts if isinstance(p, Cited)],
                }
            if isinstance(b, TableBlock):
                return {
                    "type": "table", "title": b.title, "columns": b.columns, "note": b.note,
                    "rows": [[c.to_dict() if isinstance(c, Cited) else c for c in r]
                             for r in b.rows],
                }
            return {
                "type": "chart", "title": b.title, "kind": b.kind, "unit": b.unit,
                "x": _plain(b.x), "series": b.series,
                "events": [[d.isoformat(), t] for d, t in b.events],
            }

        return {
            "title": self.title,
            "subtitle": self.subtitle,
            "generated_at": self.generated_at.isoformat(),
            "options": _plain(self.options),
            "warnings": self.warnings,
            "sections": [
                {"title": s.title, "blocks": [block(b) for b in s.blocks]} for s in self.sections
            ],
            "sources": [
                {
                    "ref": n.ref, "fetch_id": n.provenance.fetch_id, "source": n.provenance.source,
                    "dataset": n.provenance.dataset,
                    "vintage": n.provenance.vintage.isoformat(),
                    "location": n.provenance.location, "provenance": n.provenance_file,
                }
                for n in sorted(self.citations.notes.values(), key=lambda n: n.ref)
            ],
        }
