"""The `frontload` command: thin. Each command parses, calls one library function, renders.

Library errors (:class:`~frontload.errors.FrontloadError`) become a red message
with a hint and exit code 2; nothing else is caught, so a bug still shows its
traceback.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich import box
from rich.console import Console
from rich.table import Table

from . import __version__, api
from .errors import FrontloadError, QueryError

if TYPE_CHECKING:
    from .store.store import Store

app = typer.Typer(
    name="frontload",
    help="Trade intelligence around policy shocks: load customs data, reproduce headline "
    "figures, and write a brief where every number carries its provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    # Plain (Click) help: Typer's rich help imports rich.markdown and markdown-it, which made
    # `frontload --help` cost 1.7x a bare `import duckdb` process instead of 1.3x (issue 13).
    rich_markup_mode=None,
)
console = Console()
err_console = Console(stderr=True)

F = TypeVar("F", bound=Callable[..., Any])


class Format(StrEnum):
    terminal = "terminal"
    markdown = "markdown"
    json = "json"
    html = "html"


class State:
    db: Path | None = None


state = State()

DbOption = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Store path (default: $FRONTLOAD_DB or the per-user store).",
        envvar="FRONTLOAD_DB",
        show_envvar=True,
    ),
]
FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def _version(value: bool) -> None:
    if value:
        console.print(f"frontload {__version__}")
        raise typer.Exit()


@app.callback()
def main_callback(
    db: DbOption = None,
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show version.")
    ] = False,
) -> None:
    state.db = db


def handles_errors(fn: F) -> F:
    @wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except FrontloadError as exc:
            err_console.print(f"[bold red]error:[/] {exc.message}", highlight=False)
            if exc.hint:
                err_console.print(f"[yellow]hint:[/] {exc.hint}", highlight=False)
            raise typer.Exit(2) from None

    return wrapper  # type: ignore[return-value]


def _read_store() -> Store:
    """The store, read-only, on one DuckDB thread while it is small (see ``Store``'s ``threads``)."""
    return api.open_store(state.db, read_only=True, threads="auto")


def _print_sources(s: Any) -> None:
    """The fetches behind a series (source, dataset, vintage, file) and its notes, under a table."""
    for f, p in s.provenance.items():
        console.print(f"[dim]{f}: {p.cite()} · {p.location}[/]", highlight=False)
    for n in s.notes:
        console.print(f"[yellow]note:[/] {n}", highlight=False)


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


@app.command()
@handles_errors
def load(
    dataset: Annotated[
        list[str] | None,
        typer.Option("--dataset", "-d", help="Load only this bundled dataset (repeatable)."),
    ] = None,
    files: Annotated[
        list[Path] | None,
        typer.Argument(help="Export files to load instead (Comtrade CSV, Census Parquet, Taiwan CSV, "
                       "China customs CSV with --flow, any CSV/Parquet/XLSX with --mapping)."),
    ] = None,
    mapping: Annotated[
        Path | None, typer.Option("--mapping", help="TOML file mapping a generic table's columns.")
    ] = None,
    flow: Annotated[
        str | None, typer.Option("--flow", help="China customs downloads: M (imports) or X (exports).")
    ] = None,
    span: Annotated[
        list[str] | None,
        typer.Option("--span", help="Months a file covers when it cannot say: a China customs download "
                     "without a date column (one per such file, in order), or the partial year of a Taiwan "
                     "by-destination file. FIRST..LAST, e.g. 2025-01..2025-07.")
    ] = None,
    cny_per_usd: Annotated[
        float | None, typer.Option("--cny-per-usd", help="Rate for China customs downloads in yuan.")
    ] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Load the bundled real datasets (or your own export files) into the store.

    Idempotent: a re-run changes nothing; a changed value is kept as a new vintage.
    A file that cannot be read is refused whole, and the store is left as it was.
    China customs platform downloads (with --flow) are read together, so that year-to-date
    downloads become months.
    """
    with api.open_store(state.db) as store:
        if files and flow:
            summaries = [api.load_gacc(store, files, flow=flow, spans=span or (), cny_per_usd=cny_per_usd)]
        elif files:
            summaries = [api.load_file(store, f, mapping=mapping, spans=span) for f in files]
        else:
            summaries = api.load_bundled(store, dataset)
        path = store.path
    if fmt is Format.json:
        _emit_json([s.to_dict() for s in summaries])
        return
    table = Table(title=f"Loaded into {path}", title_justify="left")
    for col in ("dataset", "rows in", "new", "unchanged", "revised", "figures", "events"):
        table.add_column(col, justify="left" if col == "dataset" else "right")
    for s in summaries:
        table.add_row(
            s.dataset,
            f"{s.rows_in:,}",
            f"{s.rows_new:,}",
            f"{s.rows_unchanged:,}",
            f"{s.rows_revised:,}",
            f"{s.reported_new:,}",
            f"{s.events_new:,}",
        )
    console.print(table)


@app.command()
@handles_errors
def ingest(
    source: Annotated[str, typer.Argument(help="Source to fetch from: comtrade or census.")],
    reporter: Annotated[list[str], typer.Option("--reporter", "-r", help="Reporter (repeatable).")],
    partner: Annotated[
        list[str] | None, typer.Option("--partner", "-p", help="Partner (repeatable); default World.")
    ] = None,
    product: Annotated[
        list[str] | None, typer.Option("--product", help="HS code or basket (repeatable).")
    ] = None,
    flow: FlowOption = "M",
    freq: Annotated[str, typer.Option("--freq", help="M monthly or A annual.")] = "M",
    start: Annotated[str, typer.Option("--start", help="First period (YYYY or YYYY-MM).")] = "2024-01",
    end: Annotated[str, typer.Option("--end", help="Last period (YYYY or YYYY-MM).")] = "2024-12",
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Show the requests; fetch nothing.")] = False,
    refresh: Annotated[
        bool, typer.Option("--refresh", help="Ask the API again instead of reading saved responses "
                           "(picks up revisions as new vintages).")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    max_requests: Annotated[int, typer.Option(
        "--max-requests", help="UN Comtrade: most requests this fetch may send (row-cap splits add some).")
    ] = 250,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Fetch fresh official data into the store (UN Comtrade API; set COMTRADE_API_KEY for the data
    endpoint, else the public preview is used; US Census API, CENSUS_API_KEY optional).
    Re-running resumes: finished chunks are read from the saved responses and skipped."""
    from .model import parse_period
    from .sources import census_api, comtrade_api
    from .sources.http import HttpClient

    if source not in ("comtrade", "census"):
        raise QueryError(f"unknown source {source!r}", hint="available: comtrade, census; files from Taiwan "
                         "or China customs go through `frontload load FILE` (see `frontload sources`)")
    codes = tuple(c for prod in (product or ["8542"]) for c in api.resolve_product(prod))
    first, last = parse_period(start)[0], parse_period(end)[0]
    if source == "census":
        if [api.resolve_country(r) for r in reporter] != ["USA"]:
            raise QueryError("the Census API reports US trade only", hint="use --reporter USA")
        reqs = [census_api.CensusRequest(product=c, flow=flow.upper(), freq=freq.upper(), start=first,
                                         end=last, partner=api.resolve_country(p) if p else None)
                for c in codes for p in (partner or [None])]  # type: ignore[list-item]
        planned = [HttpClient.url_for(r.url, r.params()) for r in reqs]

        def census(client: Any) -> Any:
            for r in reqs:
                yield from census_api.fetch(r, client, refresh=refresh)

        return _run_ingest("US Census", planned, census, dry_run=dry_run, quiet=quiet, fmt=fmt)
    req = comtrade_api.ComtradeRequest(
        reporters=tuple(api.resolve_country(r) for r in reporter),
        partners=tuple(api.resolve_country(p) for p in (partner or ["World"])),
        products=codes, flow=flow.upper(), freq=freq.upper(), start=first, end=last,
    )
    planned = [ch.describe() for ch in comtrade_api.chunks(req, bool(os.environ.get("COMTRADE_API_KEY")))]
    _run_ingest("UN Comtrade", planned,
                lambda client: comtrade_api.fetch(req, client, refresh=refresh, max_requests=max_requests),
                dry_run=dry_run, quiet=quiet, fmt=fmt)


def _run_ingest(title: str, planned: list[str], fetch: Callable[[Any], Any], *, dry_run: bool, quiet: bool,
                fmt: Format) -> None:
    """Shared by every API source: the dry run, the progress bar (stderr, a terminal only), the summary."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from .config import db_path
    from .sources.http import HttpClient
    from .sources.runner import ChunkOutcome, run_fetch

    if dry_run:
        for url in planned:
            console.print(url, highlight=False)
        console.print(f"[dim]{len(planned)} request(s); more if a response reaches the row cap[/]")
        return
    progress = Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                        console=err_console, transient=True, disable=quiet or not err_console.is_terminal)
    with api.open_store(state.db) as store, HttpClient(db_path(state.db).parent / "raw") as client, progress:
        task = progress.add_task(f"fetching from {title}", total=len(planned))

        def tick(o: ChunkOutcome) -> None:
            done = progress.tasks[0].completed + 1
            progress.update(task, completed=done, total=max(done, progress.tasks[0].total or 0))

        outcomes = run_fetch(store, fetch(client), on_chunk=tick)
    if fmt is Format.json:
        _emit_json([o.to_dict() for o in outcomes])
        return
    table = Table(title=f"Fetched from {title}", title_justify="left")
    for col in ("request", "rows in", "new", "unchanged", "revised"):
        table.add_column(col, overflow="fold", justify="left" if col == "request" else "right")
    for o in outcomes:
        new = "skipped" if o.skipped else f"{o.rows_new:,}"
        table.add_row(o.location, f"{o.rows_in:,}", new, f"{o.rows_unchanged:,}", f"{o.rows_revised:,}")
    counts = ("rows_in", "rows_new", "rows_unchanged", "rows_revised")
    sums = (sum(getattr(o, a) for o in outcomes) for a in counts)
    table.add_row("total", *(f"{n:,}" for n in sums), style="bold")
    console.print(table)
    if any(o.skipped for o in outcomes):
        console.print("[dim]skipped: that response is already in the store (a resumed or repeated run); "
                      "--refresh asks the API again[/]")
    for note in dict.fromkeys(n for o in outcomes for n in o.notes if not n.startswith("HTTP ")):
        console.print(f"[yellow]note:[/] {note}", highlight=False)


@app.command()
@handles_errors
def vintages(
    reporter: ReporterArg,
    partner: PartnerArg,
    product: ProductArg,
    flow: FlowOption = "M",
    start: Annotated[str | None, typer.Option("--start", help="First period (YYYY or YYYY-MM).")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Last period.")] = None,
    source: SourceOption = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """The history of the values of one flow: every vintage stored, oldest first, with its fetch."""
    from .report.numbers import fmt_value
    from .store.query import vintages as history

    with _read_store() as store:
        q, codes = api.make_query(reporter, partner, product, flow=flow, start=start, end=end, source=source)
        rows = history(store, q, codes)
        fetches = store.fetches()
    if not rows:
        raise QueryError(f"no stored values for {q.key.label()}", hint="see `frontload datasets`")
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title=f"Vintages: {q.key.label()}", title_justify="left")
    for col in ("source", "product", "period", "value", "vintage", "fetch"):
        table.add_column(col, justify="right" if col == "value" else "left", overflow="fold")
    for r in rows:
        f = fetches.get(r["fetch_id"])
        table.add_row(
            r["source"],
            r["product"],
            str(r["period"])[:7] + (f" ({r['months']} mo.)" if r["months"] != 1 else ""),
            fmt_value(r["value_usd"], "USD"),
            str(r["vintage"])[:10],
            f.dataset if f else r["fetch_id"],
        )
    console.print(table)


@app.command()
@handles_errors
def sources(fmt: FormatOption = Format.terminal) -> None:
    """The sources frontload reads, what each needs, and the last fetch in the store."""
    from .config import db_path

    last: dict[str, str] = {}
    if db_path(state.db).exists():
        with _read_store() as store:
            for f in store.fetches().values():
                prev = last.get(f.source)
                when = str(f.vintage)[:10]
                last[f.source] = max(prev, when) if prev else when
    rows = [
        {
            "source": "comtrade",
            "how": "frontload ingest comtrade (API v1) / frontload load FILE.csv (Comtrade+ or bulk CSV)",
            "needs": "nothing (public preview, 500 rows a call); COMTRADE_API_KEY for the data endpoint",
        },
        {
            "source": "census",
            "how": "frontload ingest census --reporter USA (international trade API) / load FILE.parquet",
            "needs": "nothing; CENSUS_API_KEY optional (higher daily limit)",
        },
        {"source": "twcustoms", "how": "frontload load FILE.csv (Taiwan customs exports)",
         "needs": "--span FIRST..LAST for a by-destination file's partial year"},
        {"source": "gacc", "how": "frontload load FILE.csv --flow M|X (China customs platform downloads)",
         "needs": "--flow; --span for a download without a date column; --cny-per-usd for yuan files"},
        {"source": "press/semi/wsts", "how": "bundled transcribed figures", "needs": "–"},
        {"source": "calendar/user", "how": "bundled events; frontload events --add FILE.csv", "needs": "–"},
    ]
    known = {k for r in rows for k in r["source"].split("/")}
    mapped = sorted(k for k in last if k not in known)
    rows.append({"source": "/".join(mapped) or "(your own)",
                 "how": "frontload load FILE.csv|.parquet|.xlsx --mapping MAP.toml",
                 "needs": "a mapping file; openpyxl for .xlsx (pip install 'frontload[xlsx]')"})
    for r in rows:
        r["last_vintage"] = (
            ", ".join(f"{k} {v}" for k, v in sorted(last.items()) if k in r["source"].split("/")) or "–"
        )
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title="Sources", title_justify="left")
    for col in ("source", "how", "needs", "last_vintage"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(r["source"], r["how"], r["needs"], r["last_vintage"])
    console.print(table)


@app.command()
@handles_errors
def datasets(fmt: FormatOption = Format.terminal) -> None:
    """List what the store holds: datasets, rows, coverage, vintage and provenance."""
    with _read_store() as store:
        rows = store.datasets()
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title="Datasets in the store", title_justify="left")
    for col in ("dataset", "source", "obs", "figures", "events", "first", "last", "vintage"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["dataset"],
            r["source"],
            f"{r['observations']:,}",
            f"{r['reported_figures']:,}",
            f"{r['events']:,}",
            str(r["first"] or ""),
            str(r["last"] or ""),
            r["vintage"].date().isoformat() if r["vintage"] else "",
        )
    console.print(table)


ReporterArg = Annotated[str, typer.Argument(help="Reporting country (name, ISO3 or Comtrade code).")]
PartnerArg = Annotated[str, typer.Argument(help="Partner country, or World.")]
ProductArg = Annotated[str, typer.Argument(help="HS code (8542, 854231) or basket (processors).")]
FlowOption = Annotated[str, typer.Option("--flow", help="M imports, X exports, RM, RX.")]
SourceOption = Annotated[str | None, typer.Option("--source", help="Use only this source.")]
AsOfOption = Annotated[str | None, typer.Option("--as-of", help="Values as known on YYYY-MM-DD.")]


@app.command()
@handles_errors
def series(
    reporter: ReporterArg,
    partner: PartnerArg,
    product: ProductArg,
    flow: FlowOption = "M",
    freq: Annotated[str, typer.Option("--freq", help="M, Q or A.")] = "M",
    start: Annotated[str | None, typer.Option("--start", help="First period (YYYY, YYYY-MM).")] = None,
    end: Annotated[str | None, typer.Option("--end", help="Last period.")] = None,
    source: SourceOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Values of one flow by month, quarter or year, with YoY and provenance."""
    from . import stats
    from .report.numbers import fmt_value

    with _read_store() as store:
        q, codes = api.make_query(
            reporter, partner, product, flow=flow, freq=freq, start=start, end=end, source=source, as_of=as_of
        )
        s = api.query_series(store, q, codes)
    spans = {"M": stats.monthly, "Q": stats.quarterly, "A": stats.annual}[q.freq](s)
    months = {"M": 1, "Q": 3, "A": 12}[q.freq]
    spans = [
        sp
        for sp in spans
        if (q.start is None or sp.start >= q.start) and (q.end is None or sp.start <= q.end)
    ]
    records: list[dict[str, Any]] = []
    for sp in spans:
        g = stats.yoy(s, sp.start, months)
        records.append(
            {
                "period": sp.label,
                "start": sp.start.isoformat(),
                "value_usd": sp.value,
                "yoy_pct": g.value if g else None,
                "rows": sp.rows,
                "sources": [s.provenance[f].cite() for f in sp.fetch_ids if f in s.provenance],
            }
        )
    if fmt is Format.json:
        _emit_json(
            {
                "query": q.describe(),
                "codes": list(codes),
                "source": s.source,
                "notes": s.notes,
                "values": records,
            }
        )
        return
    table = Table(title=f"{q.key.label()} · source {s.source}", title_justify="left")
    for col in ("period", "value", "YoY", "rows"):
        table.add_column(col, justify="left" if col == "period" else "right")
    for r in records:
        table.add_row(
            r["period"],
            fmt_value(r["value_usd"], "USD"),
            fmt_value(r["yoy_pct"], "%", signed=True) if r["yoy_pct"] is not None else "–",
            str(r["rows"]),
        )
    console.print(table)
    _print_sources(s)


@app.command()
@handles_errors
def stats(
    reporter: ReporterArg,
    partner: PartnerArg,
    product: ProductArg,
    flow: FlowOption = "M",
    period: Annotated[
        str | None, typer.Option("--period", help="Month to describe (YYYY-MM); default latest.")
    ] = None,
    source: SourceOption = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Headline statistics of one flow: value, YoY, MoM, YTD, rolling sums, streak, record."""
    from . import stats as st
    from .model import parse_period
    from .report.numbers import fmt_value

    with _read_store() as store:
        q, codes = api.make_query(reporter, partner, product, flow=flow, source=source, as_of=as_of)
        s = api.query_series(store, q, codes)
    h = st.headline(s, parse_period(period)[0] if period else None)
    if fmt is Format.json:
        _emit_json(
            {
                "query": q.describe(),
                "codes": list(codes),
                "source": s.source,
                "notes": s.notes,
                "headline": h.to_dict(),
                "sources": {f: p.cite() for f, p in s.provenance.items()},
            }
        )
        return
    table = Table(title=f"{q.key.label()} · source {s.source}", title_justify="left")
    for col in ("statistic", "period", "value", "note"):
        table.add_column(col, justify="right" if col == "value" else "left")
    for fig in h.figures():
        signed = fig.unit in ("%",) and fig.name not in ("share",)
        table.add_row(
            fig.label,
            fig.period,
            fmt_value(fig.value, fig.unit, signed=signed),
            str(fig.detail.get("text", fig.note or "")),
        )
    console.print(table)
    _print_sources(s)


@app.command()
@handles_errors
def brief(
    reporter: Annotated[str, typer.Option("--reporter", help="Flagship reporter.")] = "China",
    partner: Annotated[str, typer.Option("--partner", help="Flagship partner.")] = "USA",
    product: Annotated[str, typer.Option("--product", help="Flagship product.")] = "8542",
    period: Annotated[
        str | None,
        typer.Option("--period", help="Latest month for the monthly sections (YYYY-MM)."),
    ] = None,
    as_of: AsOfOption = None,
    fmt: FormatOption = Format.terminal,
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to this file.")] = None,
) -> None:
    """Write the analyst's brief on the store's data; every number carries its provenance."""
    from .model import parse_period
    from .report import render
    from .report.brief import BriefOptions, build_brief

    with _read_store() as store:
        q, codes = api.make_query(reporter, partner, product, as_of=as_of)
        if len(codes) != 1:
            raise QueryError("the brief's flagship product must be one HS code", hint="e.g. --product 8542")
        opts = BriefOptions(
            reporter=q.reporter,
            partner=q.partner,
            product=codes[0],
            period=parse_period(period)[0] if period else None,
            as_of=q.as_of,
        )
        doc = build_brief(store, opts)
    if fmt is Format.terminal and output is None:
        render.to_terminal(doc, console)
        return
    text = {
        Format.markdown: render.to_markdown,
        Format.json: render.to_json,
        Format.html: render.to_html,
        Format.terminal: render.to_markdown,
    }[fmt](doc)
    if output is not None:
        output.write_text(text, encoding="utf-8")
        err_console.print(f"wrote {output}")
    else:
        sys.stdout.write(text)


@app.command()
@handles_errors
def detect(
    reporter: ReporterArg,
    partner: PartnerArg,
    product: ProductArg,
    event: Annotated[
        str,
        typer.Option(
            "--event",
            "-e",
            help="Effective month (YYYY-MM) or an event id from `frontload events` (its effective and "
            "announcement dates are used).",
        ),
    ],
    flow: FlowOption = "M",
    lead: Annotated[
        int | None,
        typer.Option("--lead", help="Run-up months before the effective month (the run-up runs through it); "
                     "default: from the announcement or 6 months before, whichever is earlier."),
    ] = None,
    lag: Annotated[
        int, typer.Option("--lag", help="Months after the effective month to test for payback.")
    ] = 6,
    announced: Annotated[
        str | None, typer.Option("--announced", help="Announcement month (YYYY-MM), with --event as a month.")
    ] = None,
    baseline: Annotated[
        str,
        typer.Option(
            "--baseline", help="auto (by backtest), seasonal_naive, seasonal_trend, ets or stl_arima."
        ),
    ] = "auto",
    source: SourceOption = None,
    as_of: AsOfOption = None,
    html: Annotated[Path | None, typer.Option("--html", help="Write the chart to this HTML file.")] = None,
    png: Annotated[Path | None, typer.Option("--png", help="Write the chart to this PNG file.")] = None,
    control: Annotated[
        list[str] | None,
        typer.Option(
            "--control",
            help="Comparison partner for the same product (repeatable): "
            "difference in differences of the run-up excess.",
        ),
    ] = None,
    control_product: Annotated[
        list[str] | None,
        typer.Option(
            "--control-product",
            help="Related product (HS code) from the same partner as a control and donor (repeatable); "
            "it must be one the action does not cover, or it absorbs the effect.",
        ),
    ] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Front-loading around an event: excess over a seasonal counterfactual, onset, payback."""
    import datetime as dt

    from .detect.excess import detect as run_detect
    from .model import parse_period

    with _read_store() as store:
        q, codes = api.make_query(reporter, partner, product, flow=flow, source=source, as_of=as_of)
        s = api.query_series(store, q, codes)
        controls = [
            api.get_series(store, reporter, c, product, flow=flow, source=s.source, as_of=as_of)
            for c in control or []
        ] + [
            api.get_series(store, reporter, partner, c, flow=flow, source=s.source, as_of=as_of)
            for c in control_product or []
        ]
        label = event
        ann = parse_period(announced)[0] if announced else None
        if any(c.isalpha() for c in event.replace("Q", "")):
            from .store.query import event_by_id

            found = event_by_id(store, event, as_of=q.as_of)
            when: dt.date = found["date"]
            ann = ann or found.get("date_announced")
            label = f"{found['title'][:60]} ({when.isoformat()})"
        else:
            when = parse_period(event)[0]
    d = run_detect(s, when, lead=lead, lag=lag, baseline=baseline, event_label=label, controls=controls,
                   announced=ann)
    if html is not None:
        d.plot().write_html(str(html), include_plotlyjs=True, full_html=True)
        err_console.print(f"wrote {html}")
    if png is not None:
        from .detect.excess import save_png

        save_png(d, str(png))
        err_console.print(f"wrote {png}")
    if fmt is Format.json:
        _emit_json(d.to_dict())
        return
    from .report.numbers import fmt_value

    table = Table(title=f"{d.flow} · {d.source} · event {d.event_label}", title_justify="left")
    for col in ("month", "window", "actual", "counterfactual", "95% band", "excess"):
        table.add_column(col, justify="left" if col in ("month", "window") else "right")
    for i, m in enumerate(d.months):
        a = d.actual[i]
        table.add_row(
            f"{m:%b %Y}",
            "run-up" if i < d.lead else "after",
            fmt_value(a, "USD") if a is not None else "–",
            fmt_value(d.counterfactual[i], "USD"),
            f"{fmt_value(d.lower95[i], 'USD')} – {fmt_value(d.upper95[i], 'USD')}",
            fmt_value(a - d.counterfactual[i], "USD", signed=True) if a is not None else "–",
        )
    console.print(table)
    console.print(d.summary(), highlight=False)
    _print_sources(s)


@app.command("event-study")
@handles_errors
def event_study(
    reporter: ReporterArg,
    event: Annotated[str, typer.Option("--event", "-e", help="Effective month (YYYY-MM) or an event id.")],
    partner: Annotated[list[str], typer.Option("--partner", help="Partner the action covers (repeatable).")],
    product: Annotated[list[str], typer.Option("--product", help="HS code the action covers (repeatable).")],
    flow: FlowOption = "M",
    lead: Annotated[int, typer.Option("--lead", help="Run-up months before the effective month.")] = 6,
    baseline: Annotated[str, typer.Option("--baseline", help="Baseline for every flow.")] = "seasonal_trend",
    source: SourceOption = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """The average anticipation effect of one action over the flows it covers (pooled event study)."""
    from .detect.pooled import event_study as run_study
    from .model import parse_period

    with _read_store() as store:
        series = [api.get_series(store, reporter, p, c, flow=flow, source=source or "comtrade")
                  for p in partner for c in product]
        if any(ch.isalpha() for ch in event.replace("Q", "")):
            from .store.query import event_by_id

            when = event_by_id(store, event)["date"]
        else:
            when = parse_period(event)[0]
    res = run_study(series, when, lead=lead, baseline=baseline)
    if fmt is Format.json:
        _emit_json(res.to_dict())
        return
    table = Table(title=f"Pooled event study, {event}", title_justify="left")
    for col in ("flow", "run-up vs counterfactual"):
        table.add_column(col, justify="left" if col == "flow" else "right")
    for f in res.flows:
        table.add_row(f["flow"], f"{f['pct']:+.0f}%")
    console.print(table)
    console.print(res.verdict(), highlight=False)
    console.print(f"[dim]method: {res.method}[/]", highlight=False)
    for w in res.warnings:
        console.print(f"[yellow]warning:[/] {w}", highlight=False)


@app.command()
@handles_errors
def backtest(
    limit: Annotated[int | None, typer.Option("--limit", help="Use only the first N series.")] = None,
    lead: Annotated[int, typer.Option("--lead", help="Run-up months before the effective month.")] = 6,
    step: Annotated[int, typer.Option("--step", help="Months between placebo dates.")] = 1,
    slow_step: Annotated[
        int, typer.Option("--slow-step", help="Months between placebo dates for ETS, STL+ARIMA and auto.")
    ] = 5,
    method: Annotated[
        list[str] | None,
        typer.Option("--method", help="Method to test (repeatable): seasonal_naive, seasonal_trend, ets, "
                     "stl_arima, auto, synthetic, synthetic_wide; default all (ETS and STL+ARIMA take "
                     "minutes)."),
    ] = None,
    fmt: FormatOption = Format.markdown,
) -> None:
    """False alarms on placebo dates and power against injected surges (spike, ramp, plateau of
    +30/60/100%), per method and history length, on the store's Comtrade monthly series
    (docs/detection.md)."""
    from .detect import validate

    methods = tuple(method or validate.METHODS)
    unknown = [m for m in methods if m not in validate.METHODS]
    if unknown:
        raise QueryError(f"unknown method {unknown[0]!r}", hint=f"use one of {', '.join(validate.METHODS)}")
    with _read_store() as store:
        series = validate.monthly_series(store)[:limit]
        if not series:
            raise QueryError(
                "no monthly series with 60 months in the store", hint="run `frontload load` first"
            )
        table = validate.run(series, lead=lead, step=step, methods=methods, slow_step=slow_step)
    if fmt is Format.json:
        _emit_json({"series": len(series), "lead": lead, "step": step, "slow_step": slow_step, "rows": table})
        return
    sys.stdout.write(f"{len(series)} series, run-up {lead} months before and the effective month, "
                     f"placebo dates every {step} months (ETS, STL+ARIMA and auto: every {slow_step})\n\n")
    sys.stdout.write(validate.to_markdown(table) + "\n")


@app.command()
@handles_errors
def exposure(
    event_id: Annotated[str, typer.Argument(help="Event id from `frontload events`.")],
    year: Annotated[int, typer.Option("--year", help="Reference year of the trade covered.")] = 2024,
    all_partners: Annotated[
        bool, typer.Option("--all-partners", help="Every partner, not only the event's targets.")
    ] = False,
    importer: Annotated[
        str | None,
        typer.Option("--importer", help="Importing country, when the event's jurisdiction does not say."),
    ] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """The trade value a policy action covers: imports of its HS codes from its targets in a year."""
    from .events.exposure import exposure as run_exposure
    from .report.numbers import fmt_value

    with _read_store() as store:
        from .store.query import event_by_id

        ex = run_exposure(
            store,
            event_by_id(store, event_id),
            year=year,
            partners=[] if all_partners else None,
            importer=api.resolve_country(importer) if importer else None,
        )
    if fmt is Format.json:
        _emit_json(ex.to_dict())
        return
    table = Table(
        title=f"{ex.event_id}: {ex.title[:70]} · {ex.importer} imports, {ex.year}", title_justify="left"
    )
    for col in ("product", "partner", "value", "source"):
        table.add_column(col, justify="right" if col == "value" else "left")
    for c in ex.cells:
        table.add_row(c["product"], c["partner"], fmt_value(c["value_usd"], "USD"), c["source"])
    console.print(table)
    console.print(f"total: {fmt_value(ex.total, 'USD')}", highlight=False)
    for n in ex.notes:
        console.print(f"[yellow]note:[/] {n}", highlight=False)


@app.command()
@handles_errors
def screen(
    end: Annotated[
        str | None,
        typer.Option(
            "--end", help="Last month of the window (YYYY-MM); default: the latest month in the store."
        ),
    ] = None,
    window: Annotated[int, typer.Option("--window", help="Months tested for a surge.")] = 6,
    top: Annotated[int, typer.Option("--top", help="Run the full detector on this many (with --engine: "
                                     "rows to print).")] = 5,
    engine: Annotated[
        str | None,
        typer.Option("--engine", help="Bulk screen of every complete monthly series on duckdb or spark "
                     "(no detector); default: the store's Comtrade series, top ones through the detector."),
    ] = None,
    parquet: Annotated[
        list[Path] | None,
        typer.Option("--parquet", help="With --engine: read canonical Parquet files/folders (repeatable)."),
    ] = None,
    fit: Annotated[
        int, typer.Option("--fit", help="With --engine: months before the window to fit on.")
    ] = 60,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Rank monthly series by surge evidence in a window; the top ones get the full detector."""
    import datetime as dt

    from .explore import screen_view
    from .model import parse_period

    if engine is not None or parquet:
        if end is None:
            raise QueryError("the bulk screen needs the window's last month", hint="pass --end YYYY-MM")
        _bulk_screen(end, window, fit, engine, parquet, top, fmt)
        return
    with _read_store() as store:
        view = screen_view(store, parse_period(end)[0] if end else None, window=window, top=top)
    ranked = view["ranked"]
    if fmt is Format.json:
        _emit_json({**view, "top": [r for r in ranked if r["rank"] <= top]})
        return
    last = dt.date.fromisoformat(view["end"])
    table = Table(
        title=f"Surge screen, {window} months to {last:%b %Y} ({len(ranked)} series)",
        title_justify="left",
    )
    for col in ("rank", "series", "z", "flag"):
        table.add_column(col, justify="right" if col in ("rank", "z") else "left")
    for r in ranked[: max(top, 15)]:
        table.add_row(str(r["rank"]), r["series"], f"{r['z']:+.1f}", "surge" if r["flagged"] else "")
    console.print(table)
    for r in ranked[:top]:
        console.print(f"[bold]{r['series']}[/]: {r['verdict']}", highlight=False)
        if r.get("reason"):
            console.print(f"  [dim]why the screen and the detector differ: {r['reason']}[/]", highlight=False)
    if view["skipped"]:
        console.print(f"[dim]skipped (a month missing in the window): {len(view['skipped'])} series[/]")


@app.command()
@handles_errors
def check(
    article: Annotated[str, typer.Argument(help="Article file (text, Markdown, HTML) or - for stdin.")],
    date: Annotated[str | None, typer.Option("--date", help="Publication date (YYYY-MM-DD) for "
                                             "relative periods such as 'in October'; default today.")] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Check the numbers in a news article against the store: a verdict and evidence for each claim."""
    import datetime as dt

    from .claims.parse import article_text
    from .claims.verify import check_text

    if article == "-":
        raw = sys.stdin.read()
    else:
        path = Path(article)
        if not path.is_file():
            raise QueryError(f"no article file at {article}",
                             hint="give a text/Markdown/HTML file or - for stdin")
        data = path.read_bytes()
        if b"\x00" in data[:4096]:
            raise QueryError(f"{article} is not a text file",
                         hint="save the article as text, Markdown or HTML")
        raw = data.decode("utf-8", errors="replace")
    if len(raw) > 10_000_000:
        raise QueryError(f"the article is {len(raw):,} characters; frontload checks up to 10,000,000",
                         hint="split it into parts")
    text = article_text(raw)  # HTML to text in one linear pass, however broken
    try:
        today = dt.date.fromisoformat(date) if date else dt.date.today()
    except ValueError:
        raise QueryError(f"cannot read --date {date!r}", hint="use YYYY-MM-DD") from None
    with _read_store() as store:
        verdicts = check_text(store, text, today)
    if fmt is Format.json:
        _emit_json([v.to_dict() for v in verdicts])
        return
    if fmt in (Format.markdown, Format.html):
        from .claims import render as claims_render

        sys.stdout.write((claims_render.to_markdown if fmt is Format.markdown else claims_render.to_html)(
            text, verdicts))
        return
    if not verdicts:
        console.print("no sentences with numbers found")
        return
    from .claims import render as claims_render

    table = Table(title=f"Claims checked ({len(verdicts)})", title_justify="left")
    for col in ("claim", "understood as", "verdict", "data", "explanation"):
        table.add_column(col, overflow="fold")
    colours = {"supported": "green", "contradicted": "red", "consistent": "yellow", "not_checkable": "dim"}
    for v in verdicts:
        table.add_row(v.claim.sentence[:120], claims_render.understood_text(v),
                      f"[{colours.get(v.verdict, 'white')}]{v.verdict}[/]", claims_render.data_text(v),
                      v.explanation)
    console.print(table)


@app.command("evaluate-claims")
@handles_errors
def evaluate_claims(
    corpus: Annotated[Path | None, typer.Option("--corpus", help="JSONL corpus (default: the bundled one).")]
    = None,
    fmt: FormatOption = Format.markdown,
) -> None:
    """Precision and recall of the claim checker's verdicts, and parse accuracy, on a labelled corpus."""
    from .claims import evaluate as ev

    with _read_store() as store:
        result = ev.evaluate(store, ev.load_corpus(corpus))
    if fmt is Format.json:
        _emit_json(result)
        return
    sys.stdout.write(ev.to_markdown(result) + "\n")
    for m in result["misses"][:20]:
        sys.stdout.write(f"- expected {m['expected']}, got {m['got']}: {m['text']}\n")


@app.command()
@handles_errors
def products(
    query: Annotated[str | None, typer.Argument(help="Words or a code to look up.")] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Product baskets, or HS codes matching words or a code."""
    from .codes import baskets, hs

    if query is None:
        rows = [
            {"basket": b.name, "label": b.label, "codes": list(b.codes)} for b in baskets.BASKETS.values()
        ]
    else:
        rows = [{"code": c, "description": d} for c, d in hs.search(query)]
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(
        title="Product baskets" if query is None else f"HS codes matching {query!r}", title_justify="left"
    )
    for col in rows[0] if rows else ["code", "description"]:
        table.add_column(col)
    for r in rows:
        table.add_row(*[", ".join(v) if isinstance(v, list) else str(v) for v in r.values()])
    console.print(table)


@app.command()
@handles_errors
def figures(
    reporter: Annotated[str | None, typer.Option("--reporter")] = None,
    partner: Annotated[str | None, typer.Option("--partner")] = None,
    measure: Annotated[str | None, typer.Option("--measure")] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Figures quoted by official releases and the press (not flows), with their pages."""
    with _read_store() as store:
        rows = api.reported_figures(
            store,
            reporter=api.resolve_country(reporter) if reporter else None,
            partner=api.resolve_country(partner) if partner else None,
            measure=measure,
        )
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title="Reported figures", title_justify="left")
    for col in ("period", "reporter", "partner", "product", "measure", "value", "unit", "yoy %", "source"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["period_label"] or "",
            r["reporter"] or r["reporter_as_reported"] or "",
            r["partner"] or r["partner_as_reported"] or "",
            r["product"] or "",
            r["measure"],
            f"{r['value']:,}" if r["value"] is not None else "",
            r["unit"] or "",
            "" if r["yoy_pct"] is None else f"{r['yoy_pct']:+.1f}",
            r["source_url"] or "",
        )
    console.print(table)


@app.command()
@handles_errors
def events(
    start: Annotated[str | None, typer.Option("--from", help="First date (YYYY-MM-DD).")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last date (YYYY-MM-DD).")] = None,
    add: Annotated[
        Path | None,
        typer.Option(
            "--add",
            help="First add your own events from this CSV "
            "(event_id, title, date; optional products, partners).",
        ),
    ] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """The policy calendar: tariff and export-control events in the store."""
    if add is not None:
        with api.open_store(state.db) as store:
            summary = api.load_events_file(store, add)
        err_console.print(f"added {summary.events_new} event(s) from {add}")
    import datetime as dt

    def day(text: str | None, flag: str) -> dt.date | None:
        if text is None:
            return None
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"cannot read {flag} {text!r}", hint="use YYYY-MM-DD") from None

    with _read_store() as store:
        rows = api.events_between(store, day(start, "--from"), day(end, "--to"))
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title="Policy events", title_justify="left")
    for col in ("date", "by", "type", "event", "products"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            str(r["date"] or ""),
            r["jurisdiction"] or "",
            r["category"] or "",
            r["title"] or "",
            ", ".join(r["products"] or []),
        )
    console.print(table)

# -- scale: synthetic data, bulk ingest, every series at once on DuckDB or Spark --------------------
EngineOption = Annotated[
    str | None,
    typer.Option("--engine", help="Query engine: duckdb (default) or spark (setting `engine`).",
                 envvar="FRONTLOAD_ENGINE", show_envvar=True),
]
ParquetOption = Annotated[
    list[Path] | None,
    typer.Option("--parquet", help="Read canonical Parquet files/folders instead of the store (repeatable)."),
]


@app.command()
@handles_errors
def synth(
    out: Annotated[Path, typer.Argument(help="Folder for the Parquet partitions (created).")],
    rows: Annotated[int, typer.Option("--rows", help="Number of synthetic observations.")] = 1_000_000,
    seed: Annotated[int, typer.Option("--seed")] = 0,
    comtrade_csv: Annotated[
        Path | None, typer.Option("--comtrade-csv", help="Also write the same rows as a Comtrade+ CSV.")
    ] = None,
) -> None:
    """Write SYNTHETIC world-scale trade data (labelled synthetic; never load it into a real store)."""
    from . import synthetic

    files = synthetic.write_parquet(out, rows, seed=seed)
    console.print(f"wrote {rows:,} SYNTHETIC rows in {len(files)} Parquet file(s) under {out}")
    if comtrade_csv is not None:
        synthetic.write_comtrade_plus_csv(out, comtrade_csv)
        console.print(f"wrote the same rows as a Comtrade+ CSV: {comtrade_csv}")


@app.command("load-bulk")
@handles_errors
def load_bulk(
    path: Annotated[Path, typer.Argument(help="A Comtrade+ CSV, or canonical Parquet file(s) or folder.")],
    memory_limit: Annotated[
        str | None, typer.Option("--memory-limit", help="DuckDB memory limit, e.g. 4GB (spills beyond).")
    ] = None,
) -> None:
    """Stream a large Comtrade+ CSV or canonical Parquet into the store (bounded memory, one transaction)."""
    from .store.ingest_bulk import ingest_comtrade_csv, ingest_parquet

    with api.open_store(state.db) as store:
        if path.is_dir() or path.suffix.lower() == ".parquet":
            summary = ingest_parquet(store, path, memory_limit=memory_limit)
        else:
            summary = ingest_comtrade_csv(store, path, memory_limit=memory_limit)
    console.print(f"{summary.dataset}: {summary.rows_new:,} new, {summary.rows_unchanged:,} unchanged, "
                  f"{summary.rows_revised:,} revised rows")


@contextlib.contextmanager
def _bulk_source(engine: str | None, parquet: list[Path] | None) -> Iterator[tuple[Any, Any]]:
    """The engine and the observations the bulk commands read: Parquet files, or the store (read-only)."""
    from .store import engine as engines

    eng = engines.connect(engine)
    if parquet:
        yield eng, eng.parquet(parquet)
        return
    with _read_store() as store:
        yield eng, eng.observations(store)


@app.command()
@handles_errors
def headlines(
    month: Annotated[str, typer.Option("--month", help="Month of the figures (YYYY-MM).")],
    reporter: Annotated[str | None, typer.Option("--reporter", help="Only this reporter.")] = None,
    flow: Annotated[str | None, typer.Option("--flow", help="M or X.")] = None,
    engine: EngineOption = None,
    parquet: ParquetOption = None,
    top: Annotated[int, typer.Option("--top", help="Rows to print (largest value first).")] = 20,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Headline figures (value, YoY, YTD, rolling 12 months) of every monthly series at once."""
    from .model import parse_period
    from .store import bulk

    when = parse_period(month)[0]
    iso = api.resolve_country(reporter) if reporter else None
    with _bulk_source(engine, parquet) as (eng, obs):
        table = bulk.headlines(eng, obs, when, reporter=iso, flow=flow.upper() if flow else None)
    rows = sorted(table.to_pylist(), key=lambda r: -(r["value"] or 0))
    if fmt is Format.json:
        _emit_json(rows)
        return
    from .report.numbers import fmt_money

    out = Table(title=f"Headline figures, {when:%b %Y}, {len(rows):,} series ({eng.name})",
                title_justify="left", box=box.SIMPLE_HEAD, padding=0, collapse_padding=True)
    for col in ("source", "rep", "ptn", "flow", "HS", "value", "YoY %", "YTD", "YTD YoY %"):
        money = col in ("value", "YTD")
        out.add_column(col, justify="right" if money or "%" in col else "left", no_wrap=True,
                       min_width=13 if money else None)

    def pct(v: float | None) -> str:
        return "" if v is None else f"{v:+.1f}"

    for r in rows[:top]:
        out.add_row(r["source"], r["reporter"], r["partner"], r["flow"], r["product"],
                    "" if r["value"] is None else fmt_money(r["value"]), pct(r["yoy_pct"]),
                    "" if r["ytd"] is None else fmt_money(r["ytd"]), pct(r["ytd_yoy_pct"]))
    console.print(out)


@app.command("screen-all", hidden=True, deprecated=True)
@handles_errors
def screen_all(
    end: Annotated[str, typer.Option("--end", help="Last month of the window (YYYY-MM).")],
    window: Annotated[int, typer.Option("--window", help="Months tested for a surge.")] = 6,
    fit: Annotated[int, typer.Option("--fit", help="Months before the window to fit the baseline on.")] = 60,
    engine: EngineOption = None,
    parquet: ParquetOption = None,
    top: Annotated[int, typer.Option("--top", help="Rows to print.")] = 20,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Deprecated: use `frontload screen --engine duckdb|spark`."""
    err_console.print("screen-all is deprecated: use `frontload screen --engine duckdb|spark --end YYYY-MM`")
    _bulk_screen(end, window, fit, engine or "duckdb", parquet, top, fmt)


def _bulk_screen(end: str, window: int, fit: int, engine: str | None, parquet: list[Path] | None,
                 top: int, fmt: Format) -> None:
    """The vectorised surge screen over every complete monthly series, on DuckDB or Spark."""
    from .detect.screen import FLAG_Z
    from .model import parse_period
    from .store import bulk

    last = parse_period(end)[0]
    with _bulk_source(engine, parquet) as (eng, obs):
        ranked = bulk.screen(eng, obs, last, window=window, fit=fit)
    rows = ranked.slice(0, top).to_pylist()
    if fmt is Format.json:
        _emit_json({"series": ranked.num_rows, "flag_z": FLAG_Z, "engine": eng.name, "top": rows})
        return
    title = f"Surge screen, {window} months to {last:%b %Y}, {ranked.num_rows:,} series ({eng.name})"
    out = Table(title=title, title_justify="left")
    for col in ("source", "reporter", "partner", "flow", "product", "z", "flag"):
        out.add_column(col, justify="right" if col == "z" else "left")
    for r in rows:
        out.add_row(r["source"], r["reporter"], r["partner"], r["flow"], r["product"], f"{r['z']:+.1f}",
                    "surge" if r["z"] > FLAG_Z else "")
    console.print(out)


@app.command()
@handles_errors
def serve(
    host: Annotated[str | None, typer.Option("--host", help="Bind address (setting web_host; default "
                                             "127.0.0.1). Another address needs a token.")] = None,
    port: Annotated[int | None, typer.Option("--port", help="Port (setting web_port; default 8000).")] = None,
    token: Annotated[str | None, typer.Option("--token", help="Access token every request must carry "
                                              "(setting web_token; Bearer header or ?token=).")] = None,
) -> None:
    """The web dashboard and HTTP API (/api/v1) over the store; needs the web extra."""
    from .web.server import run

    run(state.db, host=host, port=port, token=token, echo=err_console.print)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
