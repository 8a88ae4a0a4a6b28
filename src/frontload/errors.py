"""One exception tree for frontload, and the warnings it records.

Callers catch :class:`FrontloadError` and get a message that says *what* was
wrong, *where* (file, row, column, URL, query) and, where we know it, *what to
do*. Statistical trouble (a short series, a gap) is not an exception: it is a
:class:`FrontloadWarning` recorded on the result.

Tree::

    FrontloadError
    ├── ConfigError            a setting or path is unusable
    ├── DataError              input data is wrong
    │   ├── ParseError         a file or response could not be read (file/row/column)
    │   └── ValidationError    rows parsed but break the canonical schema (all failures)
    ├── CodeError              an unknown code or name
    │   ├── UnknownCountryError
    │   └── UnknownProductError
    ├── StoreError             the DuckDB store refused an operation (nothing was written)
    ├── QueryError             a query cannot be answered
    │   └── NoDataError        the store has no rows for the flow/period asked
    ├── SourceError            fetching from an external source failed (URL, status)
    ├── LimitError             a request ran over a limit the web server sets itself
    │   ├── BusyError          every slot for heavy computations stayed taken
    │   └── TimeBudgetError    the answer was not ready within the request's time budget
    └── WorkerError            the web server's worker process computing an answer died
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


class FrontloadError(Exception):
    """Base of every error frontload raises on purpose.

    ``hint`` says what the user can do about it; the CLI prints it below the message.
    """

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint

    def __str__(self) -> str:
        return self.message if not self.hint else f"{self.message}\n  hint: {self.hint}"


class ConfigError(FrontloadError):
    """A setting, environment variable or path cannot be used."""


class DataError(FrontloadError):
    """Input data is malformed or inconsistent."""


@dataclass(frozen=True)
class Problem:
    """One failure found while reading input: where and why."""

    reason: str
    file: str | None = None
    row: int | None = None  # line of the file (header = line 1), as an editor or spreadsheet shows it
    column: str | None = None
    value: str | None = None

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"line {self.row}")
        if self.column:
            where.append(f"column {self.column!r}")
        loc = ", ".join(where)
        val = f" (value {self.value!r})" if self.value is not None else ""
        return f"{loc}: {self.reason}{val}" if loc else f"{self.reason}{val}"


class ParseError(DataError):
    """A file or response could not be read. Carries every problem found, not just the first."""

    def __init__(
        self,
        message: str,
        *,
        problems: Sequence[Problem] = (),
        file: str | None = None,
        hint: str | None = None,
        max_listed: int = 20,
    ) -> None:
        self.problems = list(problems)
        self.file = file
        lines = [message]
        for p in self.problems[:max_listed]:
            lines.append(f"  - {p}")
        if len(self.problems) > max_listed:
            lines.append(f"  … and {len(self.problems) - max_listed} more")
        super().__init__("\n".join(lines), hint=hint)


class ValidationError(ParseError):
    """Rows were read but break the canonical schema; lists every failing row."""


class CodeError(FrontloadError):
    """An unknown country, product or classification code or name."""


class UnknownCountryError(CodeError):
    def __init__(self, text: object, suggestions: Iterable[str] = ()) -> None:
        sugg = list(suggestions)
        hint = ("did you mean " + ", ".join(sugg) + "?") if sugg else (
            "use an ISO3 code (CHN, USA, TWN), a Comtrade or Census code, or a common name"
        )
        super().__init__(f"unknown country or area: {text!r}", hint=hint)
        self.text = text
        self.suggestions = sugg


class UnknownProductError(CodeError):
    def __init__(self, text: object, suggestions: Iterable[str] = ()) -> None:
        sugg = list(suggestions)
        hint = ("did you mean " + ", ".join(sugg) + "?") if sugg else (
            "use an HS code (8542, 854231) or a basket name (see `frontload products`)"
        )
        super().__init__(f"unknown product code or basket: {text!r}", hint=hint)
        self.text = text
        self.suggestions = sugg


class StoreError(FrontloadError):
    """The store refused an operation; the store is left as it was."""


class QueryError(FrontloadError):
    """A query cannot be answered as asked."""


class NoDataError(QueryError):
    """The store holds no rows for what was asked."""


class SourceError(FrontloadError):
    """Fetching from an external source failed."""

    def __init__(
        self, message: str, *, url: str | None = None, status: int | None = None,
        hint: str | None = None,
    ) -> None:
        self.url = url
        self.status = status
        detail = message
        if status is not None:
            detail += f" (HTTP {status})"
        if url:
            detail += f" [{url}]"
        super().__init__(detail, hint=hint)


class LimitError(FrontloadError):
    """A request ran over a limit the web server sets itself, so that one request cannot stall
    the others (``web/limits.py``). Nothing is wrong with the request or the store."""


class BusyError(LimitError):
    """Every slot for heavy computations stayed taken for the whole time budget."""


class TimeBudgetError(LimitError):
    """The answer was not ready within the request's time budget."""


class WorkerError(FrontloadError):
    """The worker process computing a heavy answer (``web/pool.py``) stopped before it ended: killed,
    out of memory. Nothing is wrong with the request; asked again, a new worker computes it."""


class FrontloadWarning(UserWarning):
    """Something the user should know about a result (gaps, partial coverage, short series)."""
