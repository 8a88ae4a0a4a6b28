"""Library errors → HTTP, in one place, with one error body for every failure.

Every error the API returns, whether raised by frontload, by request validation or
by routing, has the body::

    {"error": {"status": 422, "type": "UnknownCountryError", "message": "...",
               "hint": "...", "parameter": "reporter"}}

``parameter`` names the query parameter or body field at fault when one is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from ..errors import (
    BusyError,
    CodeError,
    ConfigError,
    DataError,
    FrontloadError,
    NoDataError,
    QueryError,
    SourceError,
    StoreError,
    TimeBudgetError,
    WorkerError,
)

T = TypeVar("T")

# Most specific first: NoDataError is a QueryError.
STATUS: tuple[tuple[type[FrontloadError], int], ...] = (
    (NoDataError, 404),
    (CodeError, 422),
    (QueryError, 422),
    (DataError, 422),
    (StoreError, 503),
    (SourceError, 502),
    (BusyError, 503),
    (TimeBudgetError, 504),
    (WorkerError, 503),
    (ConfigError, 500),
    (FrontloadError, 500),
)


def status_for(exc: FrontloadError) -> int:
    return next(code for cls, code in STATUS if isinstance(exc, cls))


def body(status: int, type_: str, message: str, *, hint: str | None = None,
         parameter: str | None = None) -> dict[str, Any]:
    return {"error": {"status": status, "type": type_, "message": message, "hint": hint,
                      "parameter": parameter}}


# The library's hints name CLI commands; in the browser the same help is a page or a menu.
WEB_HINTS: tuple[tuple[str, str], ...] = (
    ("see what is loaded with `frontload datasets`; load more with `frontload load FILE`",
     "the Data page (/data) shows what is loaded and how to load more"),
    ("(see `frontload products`)", "(search the product picker, or /api/v1/products?q=WORDS)"),
    ("`frontload datasets`", "the Data page (/data)"),
    ("`frontload events`", "the events list (/api/v1/events)"),
    ("`frontload figures`", "/api/v1/figures"),
    ("`frontload sources`", "the Data page (/data)"),
)


def web_hint(hint: str | None) -> str | None:
    """A library hint as the web reads it: CLI commands the web has a page for are replaced by that
    page; any other command is kept (it is what the user would run) without the markdown backticks."""
    if not hint:
        return hint
    for cli, web in WEB_HINTS:
        hint = hint.replace(cli, web)
    return hint.replace("`", "")


def from_frontload(exc: FrontloadError) -> tuple[int, dict[str, Any]]:
    status = status_for(exc)
    return status, body(status, type(exc).__name__, exc.message.replace("`", ""), hint=web_hint(exc.hint),
                        parameter=getattr(exc, "parameter", None))


def param(name: str, fn: Callable[..., T], *args: Any) -> T:
    """Call ``fn(*args)``; a FrontloadError it raises is tagged with the parameter ``name``."""
    try:
        return fn(*args)
    except FrontloadError as exc:
        at(name, exc)
        raise


def at(name: str, exc: FrontloadError) -> FrontloadError:
    """``exc`` tagged with the parameter ``name`` at fault: ``raise at("date", QueryError(...))``."""
    exc.parameter = name  # type: ignore[attr-defined]
    return exc
