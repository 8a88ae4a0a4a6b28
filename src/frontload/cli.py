"""The `frontload` command: thin. Each command parses, calls one library function, renders.

Library errors (:class:`~frontload.errors.FrontloadError`) become a red message
with a hint and exit code 2; nothing else is caught, so a bug still shows its
traceback.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from enum import StrEnum
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table

from . import __version__, api
from .errors import FrontloadError

app = typer.Typer(
    name="frontload",
    help="Trade intelligence around policy shocks: load customs data, reproduce headline "
    "figures, and write a brief where every number carries its provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
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
    typer.Option("--db", help="Store path (default: $FRONTLOAD_DB or the per-user store).",
                 envvar="FRONTLOAD_DB", show_envvar=True),
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


def _emit_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, default=str, ensure_ascii=False) + "\n")


@app.command()
@handles_errors
def load(
    dataset: Annotated[
        list[str] | None,
        typer.Option("--dataset", "-d", help="Load only this bundled dataset (repeatable)."),
    ] = None,
    fmt: FormatOption = Format.terminal,
) -> None:
    """Load the bundled real datasets into the store (idempotent: a re-run changes nothing)."""
    with api.open_store(state.db) as store:
        summaries = api.load_bundled(store, dataset)
        path = store.path
    if fmt is Format.json:
        _emit_json([s.to_dict() for s in summaries])
        return
    table = Table(title=f"Loaded into {path}", title_justify="left")
    for col in ("dataset", "rows in", "new", "unchanged", "revised", "figures", "events"):
        table.add_column(col, justify="left" if col == "dataset" else "right")
    for s in summaries:
        table.add_row(s.dataset, f"{s.rows_in:,}", f"{s.rows_new:,}", f"{s.rows_unchanged:,}",
                      f"{s.rows_revised:,}", f"{s.reported_new:,}", f"{s.events_new:,}")
    console.print(table)


@app.command()
@handles_errors
def datasets(fmt: FormatOption = Format.terminal) -> None:
    """List what the store holds: datasets, rows, coverage, vintage and provenance."""
    with api.open_store(state.db, read_only=True) as store:
        rows = store.datasets()
    if fmt is Format.json:
        _emit_json(rows)
        return
    table = Table(title="Datasets in the store", title_justify="left")
    for col in ("dataset", "source", "obs", "figures", "events", "first", "last", "vintage"):
        table.add_column(col)
    for r in rows:
        table.add_row(
            r["dataset"], r["source"], f"{r['observations']:,}", f"{r['reported_figures']:,}",
            f"{r['events']:,}", str(r["first"] or ""), str(r["last"] or ""),
            r["vintage"].date().isoformat() if r["vintage"] else "",
        )
    console.print(table)


def main() -> None:
    """Console-script entry point."""
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
