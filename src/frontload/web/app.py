"""The web app: a dashboard and a versioned JSON API over the library (``frontload serve``).

Thin by design: each route checks its parameters, calls one library function
(``frontload.api``, ``frontload.explore``, ``report.brief``, ``detect``, ``claims``)
and serialises the result; nothing is computed here. Reads go through a
:class:`~frontload.store.snapshot.SnapshotReader`, so an ingest in another process
never waits for the server and the server keeps answering while it runs.

Safety: templates autoescape; page scripts are static files (the Content-Security-
Policy forbids inline script, so pasted text cannot run); the only files served are
the package's static folder and Plotly's bundled JavaScript; request bodies and
result pages are bounded; a token guards every route when set.
"""

from __future__ import annotations

import contextlib
import csv
import datetime as dt
import hmac
import io
import json
import logging
import math
import os
import time
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal

import anyio.to_thread
from fastapi import APIRouter, Body, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.gzip import GZipMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__, api, explore
from ..errors import ConfigError, FrontloadError, QueryError
from ..model import Query as FlowQuery
from ..model import parse_period
from ..report.document import Cited, Document, Paragraph, TableBlock
from ..store.snapshot import SnapshotReader
from ..store.store import Store
from . import threads
from .cache import AnswerCache, Memo
from .errors import at, from_frontload, param
from .errors import body as error_body
from .limits import ARRIVED, Limits
from .pool import HeavyPool, Lane
from .pool import log as pool_log

HERE = Path(__file__).parent
MAX_BODY = 1_000_000  # bytes of a request body (an article to check)
MAX_TEXT = 200_000  # characters of an article
MAX_PAGE = 1000  # rows of one result page
API = "/api/v1"

Text = Annotated[str, Query(min_length=1, max_length=100)]
OptText = Annotated[str | None, Query(min_length=1, max_length=100)]
Flow = Annotated[Literal["M", "X", "RM", "RX"], Query()]
Freq = Annotated[Literal["M", "Q", "A"], Query()]
Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"rows per page (at most {MAX_PAGE})")]
Offset = Annotated[int, Query(ge=0, le=10_000_000)]
Period = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}(-?(\d{2}|Q[1-4]))?$",
                                     description="YYYY, YYYY-MM or YYYYQn")]
Day = Annotated[str | None, Query(max_length=10, pattern=r"^\d{4}-\d{2}-\d{2}$", description="YYYY-MM-DD")]


class ErrorDetail(BaseModel):
    status: int
    type: str = Field(description="the error's class, e.g. UnknownCountryError, ValidationError, NoDataError")
    message: str = Field(description="what was wrong")
    hint: str | None = Field(description="what to do about it")
    parameter: str | None = Field(description="the query parameter or body field at fault, if one is")


class ErrorBody(BaseModel):
    error: ErrorDetail


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": what} for code, what in (
        (400, "the request body cannot be read"),
        (401, "the access token is missing or wrong"),
        (404, "no data in the store for what was asked"),
        (413, "the request body is too large"),
        (422, "a parameter is invalid: its name is in error.parameter"),
        (503, "the store cannot be read"),
    )
}


class CheckRequest(BaseModel):
    text: str = Field(min_length=1, max_length=MAX_TEXT, description="the article, as plain text")
    date: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$",
                             description="publication date, for periods such as 'in October'")


def _plotly_js() -> Path:
    import plotly

    return Path(plotly.__file__).parent / "package_data" / "plotly.min.js"


# -- middleware ----------------------------------------------------------------------------
class Guard:
    """Pure ASGI middleware: allowed Host names, body size limit, optional token, security headers."""

    def __init__(self, app: ASGIApp, token: str | None, allowed_hosts: list[str] | None = None) -> None:
        self.app = app
        self.token = token
        self.allowed_hosts = allowed_hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        host = headers.get("host", "")
        if not self._host_allowed(host):
            await _send_json(send, 400, error_body(
                400, "HostNotAllowed", f"requests for host {host!r} are refused", parameter="host",
                hint="open the app at http://127.0.0.1 (it is bound to loopback)"))
            return
        length = headers.get("content-length", "0")
        if not (length.isascii() and length.isdigit()) or int(length) > MAX_BODY:
            await _send_json(send, 413, TOO_LARGE)
            return
        if self.token and not self._authorised(scope, headers):
            await _send_json(send, 401, error_body(401, "Unauthorized", "missing or wrong access token",
                             hint="send Authorization: Bearer TOKEN, or open the page with ?token=TOKEN",
                             parameter="token"))
            return
        received, refused = 0, False

        async def limited_receive() -> Message:
            # Answer 413 here: an exception raised into the app would be caught by FastAPI's body
            # parsing and turned into a 400. The app is told the client left; its answer is dropped.
            nonlocal received, refused
            msg = await receive()
            received += len(msg.get("body", b""))
            if received > MAX_BODY and not refused:
                refused = True
                await _send_json(send, 413, TOO_LARGE)
            return {"type": "http.disconnect"} if refused else msg

        set_cookie = self.token is not None and _query_token(scope) == self.token

        async def send_with_headers(msg: Message) -> None:
            if refused:
                return
            if msg["type"] == "http.response.start":
                extra = list(SECURITY_HEADERS)
                if set_cookie:
                    extra.append((b"set-cookie", f"frontload_token={self.token}; HttpOnly; SameSite=Strict; "
                                  "Path=/".encode()))
                msg = {**msg, "headers": [*msg.get("headers", []), *extra]}
            await send(msg)

        await self.app(scope, limited_receive, send_with_headers)

    def _host_allowed(self, host: str) -> bool:
        name = host if host.endswith("]") else host.rsplit(":", 1)[0]  # without the port
        return self.allowed_hosts is None or name in self.allowed_hosts

    def _authorised(self, scope: Scope, headers: dict[str, str]) -> bool:
        assert self.token is not None
        given = [headers.get("authorization", "").removeprefix("Bearer ").strip(), _query_token(scope) or ""]
        for part in headers.get("cookie", "").split(";"):
            k, _, v = part.strip().partition("=")
            if k == "frontload_token":
                given.append(v)
        return any(g and hmac.compare_digest(g.encode(), self.token.encode()) for g in given)


# On every answer, the guard's own refusals (400, 401, 413) included.
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", b"default-src 'self'; script-src 'self'; "
     b"style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'; "
     b"base-uri 'none'; frame-ancestors 'none'; form-action 'self'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)

# Whether the declared length or the bytes received are over the limit, the answer is the same.
TOO_LARGE = error_body(413, "RequestTooLarge", f"request body over {MAX_BODY:,} bytes",
                       hint="send a shorter text")


def _query_token(scope: Scope) -> str | None:
    from urllib.parse import parse_qs

    vals = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("token")
    return vals[0] if vals else None


async def _send_json(send: Send, status: int, content: dict[str, Any]) -> None:
    data = json.dumps(content).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(data)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": data})


# -- helpers -------------------------------------------------------------------------------
def _jsonable(obj: Any) -> Any:
    """Dates as ISO text, NaN/inf as null: the API's JSON is strict."""
    if isinstance(obj, dict):
        return {str(k): _jsonable(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [_jsonable(v) for v in obj]
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dt.datetime | dt.date):
        return obj.isoformat()
    if obj is None or isinstance(obj, str | int | bool):
        return obj
    return str(obj)


def _json(obj: Any) -> Response:
    """The answer as JSON, encoded once: :func:`_jsonable`'s strict values written as Starlette's
    ``JSONResponse`` writes them (the same bytes), returned as a ``Response`` so that FastAPI does not
    walk the whole result again with its own encoder first (``jsonable_encoder``: about as long as
    ``_jsonable`` itself, ~12 ms of the 25 light answers after a new snapshot, holding the GIL)."""
    body = json.dumps(_jsonable(obj), ensure_ascii=False, allow_nan=False, indent=None,
                      separators=(",", ":")).encode("utf-8")
    return Response(body, media_type="application/json")


def _page(rows: list[Any], limit: int, offset: int) -> dict[str, Any]:
    return {"total": len(rows), "offset": offset, "limit": limit, "items": rows[offset: offset + limit],
            "next_offset": offset + limit if offset + limit < len(rows) else None}


def _period(name: str, text: str | None) -> dt.date | None:
    return param(name, parse_period, text)[0] if text else None


def _day(name: str, text: str | None) -> dt.date | None:
    if text is None:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise at(name, QueryError(f"cannot read {name} {text!r}", hint="use YYYY-MM-DD")) from None


def _flow_query(reporter: str, partner: str, product: str, flow: str = "M", freq: str = "M",
                start: str | None = None, end: str | None = None, source: str | None = None,
                as_of: str | None = None) -> tuple[FlowQuery, tuple[str, ...]]:
    """Resolve each parameter on its own, so an error names the one at fault, then build the query."""
    param("reporter", api.resolve_country, reporter)
    param("partner", api.resolve_country, partner)
    product = _plus(product)
    param("product", api.resolve_product, product)
    if reporter.strip() == "*" or partner.strip() == "*":
        raise at("reporter" if reporter.strip() == "*" else "partner",
                 QueryError("'*' (every country) is not a flow", hint="name one country, or World"))
    lo, hi = _period("start", start), _period("end", end)
    if lo is not None and hi is not None and lo > hi:
        raise at("start", QueryError(f"start {start} is after end {end}",
                                     hint="give the earlier month as start, the later as end"))
    if as_of is not None:
        _day("as_of", as_of)
    return api.make_query(reporter, partner, product, flow=flow, freq=freq, start=start, end=end,
                          source=source, as_of=as_of)


def _plus(product: str) -> str:
    """``8541+8542`` typed in a URL arrives as ``8541 8542`` (a ``+`` in a query string is a space):
    codes separated by spaces are read as the sum they were meant to be."""
    parts = product.split()
    return "+".join(parts) if len(parts) > 1 and all(p.isascii() and p.isdigit() for p in parts) else product


def _coverage_error(store: Store, q: FlowQuery, codes: tuple[str, ...], name: str,
                    asked: str) -> FrontloadError:
    """A period with no values: say so, naming the parameter and the span the flow does cover."""
    from dataclasses import replace

    from ..errors import NoDataError

    try:
        s = api.query_series(store, replace(q, start=None, end=None), codes)
        span = f"{s.key.label()} runs from {s.points[0].label} to {s.points[-1].label}" if s.points else ""
    except FrontloadError:
        span = ""
    return at(name, NoDataError(f"no values for {asked}" + (f": {span}" if span else ""),
                                hint="choose a period inside the span the flow covers"))


def _csv(rows: list[dict[str, Any]], filename: str) -> Response:
    buf = io.StringIO()
    if rows:
        cols = list(rows[0])
        w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
        w.writeheader()
        for r in rows:
            w.writerow({k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items()})
    return Response(buf.getvalue(), media_type="text/csv; charset=utf-8",
                    headers={"content-disposition": f'attachment; filename="{filename}"'})


def _brief_page_view(doc: Document) -> dict[str, Any]:
    """The document as the brief template walks it: cited parts kept apart from their refs."""
    def cell(c: str | Cited) -> Any:
        return c if isinstance(c, str) else {"text": c.text, "refs": list(c.refs), "period": c.period}

    out = _jsonable(doc.to_dict())
    charts = 0
    for sec, sdict in zip(doc.sections, out["sections"], strict=True):
        for b, bdict in zip(sec.blocks, sdict["blocks"], strict=True):
            if isinstance(b, Paragraph):
                bdict["parts"] = [cell(p) for p in b.parts]
            elif isinstance(b, TableBlock):
                bdict["rows"] = [[cell(c) for c in r] for r in b.rows]
            else:
                bdict["index"] = charts
                bdict["chart"] = {k: bdict[k] for k in ("title", "kind", "unit", "x", "series", "events")}
                charts += 1
    return out


def _check_date(date: str | None) -> dt.date:
    return _day("date", date) or dt.date.today()


# -- routes --------------------------------------------------------------------------------
router = APIRouter(prefix=API, responses=ERROR_RESPONSES)
pages = APIRouter()
TEMPLATES = Environment(loader=FileSystemLoader(HERE / "templates"),
                        autoescape=select_autoescape(default=True, default_for_string=True))


def _reader(request: Request) -> SnapshotReader:
    reader: SnapshotReader = request.app.state.reader
    return reader


def _read(request: Request, fn: Callable[[Store], Any]) -> Any:
    """Run ``fn`` on a read-only store over the server's current snapshot."""
    with _reader(request).store() as store:
        return fn(store)


def _heavy(request: Request, fn: Callable[..., Any], *args: Any, key: tuple[Any, ...] | None = None,
           lane: Lane = "interactive") -> Any:
    """``fn(store, *args)`` for a heavy endpoint, on the snapshot this request reads: in a worker
    process of the app's pool (``web/pool.py``), or in this thread when the app has none.

    ``fn`` must be a module-level function (it is pickled to the worker) and its result
    picklable. With ``key`` the result is computed once per snapshot and shared.
    """
    rd = _reader(request)
    pool: HeavyPool | None = request.app.state.heavy
    with rd.store() as store:
        full = None if key is None else (rd.thread_generation, *key)
        if pool is None:
            memo: Memo = request.app.state.memo
            return fn(store, *args) if full is None else memo.get(full, lambda: fn(store, *args))
        if pool_log.isEnabledFor(logging.INFO) and ARRIVED in request.scope:
            pool_log.info("request fn=%s in_server=%.3f (slot, thread, store, before its job)",
                          getattr(fn, "__name__", "?"), time.time() - request.scope[ARRIVED])
        return pool.call(lane, str(store.path), fn, *args, key=full)


async def _snapshot(request: Request) -> tuple[int, str]:
    """The generation and file of the snapshot to compute on, from the event loop: the store file is
    looked at when due (at most once a second), and a new copy taken in a thread only when it changed:
    right after a new snapshot every thread may be busy with a light answer, and a detect that waited
    for one just to ``stat`` the file spent 0.4-0.6 s in the server before its job (the job log)."""
    rd = _reader(request)
    if rd.due and not rd.unchanged():
        await threads.refresh(rd.refresh)
        await threads.refresh(request.app.state.after_refresh)
    gen, path = rd.current()
    return gen, str(path)


async def _heavy_async(request: Request, fn: Callable[..., Any], *args: Any,
                       key: tuple[Any, ...] | None = None, lane: Lane = "interactive") -> Any:
    """:func:`_heavy` for the API's heavy endpoints, from the event loop: with a pool the job is
    handed to a worker at once, with no thread in between. Right after a new snapshot the server's
    threads compute a few dozen light answers at once and share its GIL; a detect that first waited
    for a thread and its GIL share spent 0.5-0.7 s in the server before its job was even submitted
    (the job log, docs/web.md). Without a pool, ``fn`` runs in a thread as before."""
    pool: HeavyPool | None = request.app.state.heavy
    if pool is None:
        return await anyio.to_thread.run_sync(lambda: _heavy(request, fn, *args, key=key, lane=lane))
    gen, path = await _snapshot(request)
    if pool_log.isEnabledFor(logging.INFO) and ARRIVED in request.scope:
        pool_log.info("request fn=%s in_server=%.3f (slot, event loop, before its job)",
                      getattr(fn, "__name__", "?"), time.time() - request.scope[ARRIVED])
    fut = (pool.submit(lane, path, fn, *args) if key is None
           else pool.shared((gen, *key), lane, path, fn, *args))
    return await pool.wait(fut, lane)


def prewarm(app: FastAPI) -> None:
    """Start computing the dashboard's default heavy views for the snapshot being served, once per
    snapshot: the screen's ranking and the home page's brief in the prewarm lane (a worker of their
    own), the screen's detector verdicts in the background one. Called when the server starts and
    when it takes a new snapshot; requests meanwhile join these computations instead of starting
    their own. Not in the interactive lane: there the two views took both workers at the very moment
    of a cold burst, and its detects waited 0.2-0.6 s behind them (the job log, docs/web.md)."""
    pool: HeavyPool | None = app.state.heavy
    rd: SnapshotReader = app.state.reader
    if pool is None or app.state.prewarmed == rd.generation:
        return
    with rd.store() as store:
        gen, path = rd.thread_generation, str(store.path)
        app.state.prewarmed = gen
        end, window, top = None, 6, 5  # the Screen page's defaults
        pool.shared((gen, "screen", end, window, 0), "prewarm", path, _screen_job, end, window, 0)
        pool.shared((gen, "brief", *DEFAULT_BRIEF), "prewarm", path, _brief_job, *DEFAULT_BRIEF)
        pool.shared((gen, "screen", end, window, top), "background", path, _screen_job, end, window, top)


def warm_job(store: Store) -> None:
    """A worker's warm-up (``HeavyPool.start``): the detector once on a bundled flow, so that the first
    request a worker computes does not also pay its lazy imports and query compiles."""
    from ..detect.excess import detect as run_detect

    with contextlib.suppress(FrontloadError):
        s = api.get_series(store, "USA", "TWN", "processors")
        if s.last is not None:
            run_detect(s, s.last, lead=4, lag=0)


def build_routes(app: FastAPI) -> int:
    """Build now what FastAPI builds on a route's first request, and return how many routes: an
    included router's routes (their parameter and response models: ~125 ms for all at the first
    request after start, on this machine quiet) and each endpoint's source context for error
    messages (``inspect.getsourcelines``: 0.1-9 ms per route at its first call). Both happen on
    the event loop, the second at each route's first use: in the first cold burst after start,
    ten of the mixed load's routes (options, products, events, data pages, detect, screen,
    brief) were first used at once, while the loop had fifty clients to serve (web6's loop-lag
    dumps caught it). FastAPI's private helpers are used where present; without them (another
    FastAPI) this does nothing and the routes are built lazily as before."""
    import fastapi.routing

    context = getattr(fastapi.routing, "_extract_endpoint_context", None)

    def build(routes: list[Any]) -> int:
        n = 0
        for route in routes:
            candidates = getattr(route, "effective_candidates", None)  # an included router, built
            if callable(candidates):
                n += build(candidates())
                continue
            call = getattr(getattr(route, "dependant", None), "call", None)
            if call is not None:
                n += 1
                if callable(context):
                    context(call)
        return n

    return build(list(app.router.routes))


def start(app: FastAPI, light_threads: int | None = None) -> None:
    """Build the app's routes, start its worker processes, warm them, and start its default views
    (``frontload serve``); with ``web_light_threads`` set, a bounded set of threads for the sync
    routes, started when the server starts (``web/threads.py``)."""
    build_routes(app)
    n = threads.light_threads(light_threads)
    app.state.threads = threads.ServerThreads(n) if n else None
    if app.state.threads is not None:
        app.router.on_startup.append(app.state.threads)
    pool: HeavyPool | None = app.state.heavy
    if pool is None:
        return
    rd: SnapshotReader = app.state.reader
    with rd.store() as store:
        path = str(store.path)
    pool.start(path, warm_job)
    prewarm(app)


def close(app: FastAPI) -> None:
    """Stop the app's worker processes and close its snapshot reader."""
    if app.state.heavy is not None:
        app.state.heavy.close()
    app.state.reader.close()


def _after_refresh(app: FastAPI) -> Callable[[], None]:
    def hook() -> None:
        with contextlib.suppress(FrontloadError):  # the store is unreadable: the next request says so
            prewarm(app)
    return hook


# -- API ---------------------------------------------------------------------------------
@router.get("/health")
async def health(request: Request) -> dict[str, Any]:
    """The server's version and the store copy it serves from."""
    # In the event loop: a thread is needed only to look at the store file (at most once a
    # second), so /health does not queue for a worker thread behind the requests computing.
    rd = _reader(request)
    if rd.due:
        await threads.refresh(rd.refresh)
        await threads.refresh(request.app.state.after_refresh)
    return {"version": __version__, "snapshot": rd.info()}

@router.get("/options", response_model=dict[str, Any])
def options(request: Request, reporter: OptText = None, flow: Flow | None = None,
            partner: OptText = None) -> Any:
    """Menus: the reporters, partners, flows and sources the store holds, and the product baskets.
    With ``reporter`` (and ``flow``) the partners are only those that reporter has data for, so a
    menu never offers a combination with nothing behind it; with ``partner`` too, ``products``
    lists the product codes held for that flow. ``names`` gives each code's name."""
    from ..store.query import available

    rep = param("reporter", api.resolve_country, reporter) if reporter else None
    par = param("partner", api.resolve_country, partner) if partner else None
    filters = {k: v for k, v in (("reporter", rep), ("flow", flow)) if v}

    def run(store: Store) -> dict[str, Any]:
        out = {"reporters": available(store, "reporter"), "partners": available(store, "partner", **filters),
               "flows": available(store, "flow", **({"reporter": rep} if rep else {})),
               "sources": available(store, "source")}
        if rep and par:  # to HS6: national lines (Census HS10) would be thousands of codes
            out["products"] = sorted({c[:6] for c in available(store, "product", **filters, partner=par)})
        return out

    out = _read(request, run)
    out["names"] = {c: _country_name(c) for c in {*out["reporters"], *out["partners"]}}
    out["baskets"] = explore.basket_menu()
    return _json(out)

@router.get("/products")
def products(request: Request, q: Annotated[str | None, Query(max_length=100)] = None,
             parent: Annotated[str | None, Query(max_length=10, pattern=r"^\d{2,10}$")] = None) -> Any:
    """The HS tree: codes matching words or a code (``q``), the children of ``parent``, or the chapters."""
    return _json(explore.product_tree(q or None, parent))

@router.get("/flows", response_model=None)
def flows(request: Request, reporter: Text, partner: Text = "World", product: Text = "8542", flow: Flow = "M",
          freq: Freq = "M", start: Period = None, end: Period = None, source: OptText = None,
          as_of: Day = None, limit: Limit = MAX_PAGE, offset: Offset = 0,
          format: Annotated[Literal["json", "csv"], Query()] = "json") -> Any:
    """A flow's values by period, with YoY, quantity, unit value and sources (paginated)."""
    q, codes = _flow_query(reporter, partner, product, flow, freq, start, end, source, as_of)

    def run(store: Store) -> dict[str, Any]:
        from ..errors import NoDataError

        try:
            view = explore.flow_view(store, q, codes)
        except NoDataError:
            if start is None and end is None:
                raise
            view = {"values": []}
        if not view["values"] and (start or end):
            asked = f"{start or '…'} to {end or '…'}"
            raise _coverage_error(store, q, codes, "start" if start else "end", asked)
        return view

    view = _read(request, run)
    view["title"] = _title(q)
    if format == "csv":
        name = f"{q.reporter}-{q.flow}-{q.product}-{q.partner}-{q.freq}.csv".replace("+", "_")
        return _csv(view["values"], name)
    values = view.pop("values")
    return _json({**view, **_page(values, limit, offset)})

@router.get("/stats")
def stats(request: Request, reporter: Text, partner: Text = "World", product: Text = "8542", flow: Flow = "M",
          period: Period = None, source: OptText = None, as_of: Day = None) -> Any:
    """Headline figures of one period (default: the latest): value, YoY, MoM, YTD, rolling sums,
    streak, record, unit value, partner share; each with its rows and sources."""
    q, codes = _flow_query(reporter, partner, product, flow, "M", None, None, source, as_of)
    when = _period("period", period)

    def run(store: Store) -> dict[str, Any]:
        out: dict[str, Any] = explore.stats_view(store, q, codes, when)
        if when is not None and not out["figures"]:
            raise _coverage_error(store, q, codes, "period", str(period))
        return out

    return _json(_read(request, run))

@router.get("/children")
def children(request: Request, reporter: Text, partner: Text = "World", product: Text = "8542",
             flow: Flow = "M",
             period: Period = None, source: OptText = None, as_of: Day = None) -> Any:
    """The flow split into the next HS level held in the store: value, share, growth, contribution."""
    q, codes = _flow_query(reporter, partner, product, flow, "M", None, None, source, as_of)
    when = _period("period", period)
    return _json(_read(request, lambda store: explore.children_view(store, q, codes, when)))

@router.get("/events")
def events(request: Request, start: Day = None, end: Day = None, product: OptText = None,
           partner: OptText = None,
           limit: Limit = MAX_PAGE, offset: Offset = 0) -> Any:
    """Policy events between two dates; with ``product`` (and ``partner``) only those concerning it."""
    lo, hi = _day("start", start), _day("end", end)
    codes = param("product", api.resolve_product, product) if product else None
    iso = param("partner", api.resolve_country, partner) if partner else None

    def run(store: Store) -> list[dict[str, Any]]:
        if codes is None:
            rows: list[dict[str, Any]] = api.events_between(store, lo, hi)
            return [r for r in rows if iso is None or not r.get("partners") or iso in r["partners"]]
        return explore.relevant_events(store, codes, iso, lo, hi)

    return _json(_page(_read(request, run), limit, offset))

@router.get("/detect")
async def detect(request: Request, reporter: Text, partner: Text, product: Text,
           event: Annotated[str, Query(min_length=4, max_length=60,
                                       description="event month YYYY-MM or an event id")],
           flow: Flow = "M", lead: Annotated[int | None, Query(ge=1, le=24)] = None,
           lag: Annotated[int, Query(ge=0, le=24)] = 6,
           baseline: Literal["auto", "seasonal_naive", "seasonal_trend", "ets", "stl_arima"] = "auto",
           control: Annotated[list[str] | None, Query(max_length=5)] = None,
           source: OptText = None, as_of: Day = None) -> Any:
    """Front-loading around an event: counterfactual band, excess, onset, payback, controls."""
    q, codes = _flow_query(reporter, partner, product, flow, "M", None, None, source, as_of)
    for c in control or []:
        if len(c) > 100:
            raise at("control", QueryError("a control name is over 100 characters"))
        param("control", api.resolve_country, c)

    return _json(await _heavy_async(request, _detect_job, q, codes, product, flow, tuple(control or ()),
                                        event, lead, lag, baseline, as_of))


def _detect_job(store: Store, q: FlowQuery, codes: tuple[str, ...], product: str, flow: str,
                control: tuple[str, ...], event: str, lead: int | None, lag: int, baseline: str,
                as_of: str | None) -> dict[str, Any]:
    """The detector's answer for ``/detect`` (in a worker process: module-level, picklable)."""
    from ..detect.excess import detect as run_detect
    from ..store.query import event_by_id

    s = api.query_series(store, q, codes)
    ctl = [api.get_series(store, q.reporter, c, product, flow=flow, source=s.source, as_of=as_of)
           for c in control]
    label, ann = event, None
    if any(ch.isalpha() for ch in event.replace("Q", "")):
        found = param("event", event_by_id, store, event)
        when: dt.date = found["date"]
        ann = found.get("date_announced")
        label = f"{found['title'][:60]} ({when.isoformat()})"
    else:
        when = param("event", parse_period, event)[0]
    d = param("event", lambda: run_detect(s, when, lead=lead, lag=lag, baseline=baseline,
                                          event_label=label, controls=ctl, announced=ann))
    out = d.to_dict()
    out["summary"] = d.summary()
    out["label"] = s.key.label()
    out["title"] = _title(q)
    out["query"] = q.describe()
    out["sources"] = [{"fetch_id": f, "cite": p.cite()} for f, p in s.provenance.items()]
    first = d.history[0][0] if d.history else None
    out["events"] = explore.relevant_events(store, codes, q.partner, first, d.months[-1])
    return out

def _screen_job(store: Store, end: dt.date | None, window: int, top: int) -> dict[str, Any]:
    return explore.screen_view(store, end, window=window, top=top)


def _screen(request: Request, end: dt.date | None, window: int, top: int) -> tuple[dict[str, Any], bool]:
    """The screen's result and whether its detector verdicts are complete.

    The ranking takes a fraction of a second, the detector on the ``top`` rows seconds. Both
    only change with the store, so each is computed once per snapshot and kept (by the pool, or
    the app's memo: never in a module-level cache that would outlive the app's reader). With a
    pool, a request does not wait for the verdicts: it starts them in the background lane and is
    answered with the ranking, its top rows marked pending, until they are ready.
    """
    pool: HeavyPool | None = request.app.state.heavy
    key = ("screen", end, window, top)
    if pool is None or top == 0:
        return _heavy(request, _screen_job, end, window, top, key=key), True
    rd = _reader(request)
    with rd.store() as store:
        gen, path = rd.thread_generation, str(store.path)
        verdicts = pool.shared((gen, *key), "background", path, _screen_job, end, window, top)
        if verdicts.done():  # kept, or just finished; an error is raised here
            return pool.result(verdicts, "background"), True
        ranking = pool.call("interactive", path, _screen_job, end, window, 0,
                            key=(gen, "screen", end, window, 0))
    if verdicts.done():
        return pool.result(verdicts, "background"), True
    return ranking, False

async def _screen_async(request: Request, end: dt.date | None, window: int,
                        top: int) -> tuple[dict[str, Any], bool]:
    """:func:`_screen` from the event loop (see :func:`_heavy_async`): the same jobs and keys."""
    pool: HeavyPool | None = request.app.state.heavy
    key = ("screen", end, window, top)
    if pool is None:
        return await anyio.to_thread.run_sync(lambda: _screen(request, end, window, top))
    if top == 0:
        return await _heavy_async(request, _screen_job, end, window, top, key=key), True
    gen, path = await _snapshot(request)
    verdicts = pool.shared((gen, *key), "background", path, _screen_job, end, window, top)
    if verdicts.done():  # kept, or just finished; an error is raised here
        return pool.result(verdicts, "background"), True
    ranking = await pool.wait(pool.shared((gen, "screen", end, window, 0), "interactive", path, _screen_job,
                                          end, window, 0))
    if verdicts.done():
        return pool.result(verdicts, "background"), True
    return ranking, False

@router.get("/screen")
async def screen(request: Request, end: Period = None, window: Annotated[int, Query(ge=1, le=24)] = 6,
           top: Annotated[int, Query(ge=0, le=20)] = 5,
           q: Annotated[str | None, Query(max_length=100,
                                          description="keep series whose label contains this")]
           = None,
           flagged: bool | None = None,
           sort: Literal["rank", "z", "series", "reporter", "partner", "product"] = "rank",
           order: Literal["asc", "desc"] = "asc", limit: Limit = MAX_PAGE, offset: Offset = 0) -> Any:
    """Every Comtrade monthly series ranked by surge evidence (robust z of the window's residuals);
    the ``top`` ones also get the full detector's verdict. Filter, sort and page the ranking.

    The verdicts take seconds after a new snapshot; until they are ready the answer has the
    ranking with ``verdicts_pending`` > 0, the rows still waiting for theirs ``verdict_pending``
    (their ``verdict`` null, never a guess), and is not kept by the answer cache (``cache-control:
    no-store``): ask again to get them."""
    last = _period("end", end)
    full, complete = await _screen_async(request, last, window, top)
    res = dict(full)
    pending = {r["rank"] for r in res["ranked"] if r["rank"] <= top} if not complete else set()
    rows = [{**_named(r), "verdict_pending": r["rank"] in pending} for r in res.pop("ranked")]
    res["verdicts_pending"] = len(pending)
    if q:
        rows = [r for r in rows if _matches(r, q)]
    if flagged is not None:
        rows = [r for r in rows if r["flagged"] == flagged]
    rows = sorted(rows, key=lambda r: r[sort], reverse=order == "desc")
    out = _json({**res, **_page(rows, limit, offset)})
    if pending:
        out.headers["cache-control"] = "no-store"
    return out

def _product_name(product: str) -> str:
    """'processors' → its basket label; '854231' → its HS description; a sum → the codes."""
    from ..codes import baskets

    b = baskets.BASKETS.get(product.lower())
    if b is not None:
        return str(b.label)
    return explore._describe(product) if "+" not in product else f"HS {product}"


def _short(name: str) -> str:
    """HS subheadings repeat their heading ('Electronic integrated circuits; processors and
    controllers, whether or not ...'): the specific part reads best in a title or a table."""
    head, _, rest = name.partition("; ")
    if rest.lower().startswith(("n.e.c", "other")):  # 'Units of ...; n.e.c. in item no. 8471.50 ...'
        return f"{head}, n.e.c."
    return (rest or head).split(", whether")[0].split(", other than")[0].split(" (other than")[0]


def _title(q: FlowQuery) -> str:
    """A flow as an analyst names it: 'United States imports of processors and controllers (HS 854231)
    from Taiwan', where the label keys on codes ('USA imports of 854231 from TWN')."""
    flow = {"M": "imports", "X": "exports", "RM": "re-imports", "RX": "re-exports"}.get(q.flow, q.flow)
    name = _short(_product_name(q.product))
    what = f"{name[:1].lower()}{name[1:]}" if name and not name.startswith("HS ") else ""
    prod = f"{what[:70]}{'…' if len(what) > 70 else ''} (HS {q.product})" if what else f"HS {q.product}"
    way = "to" if q.flow in ("X", "RX") else "from"
    partner = "the world" if q.partner == "WLD" else _country_name(q.partner)
    return f"{_country_name(q.reporter)} {flow} of {prod} {way} {partner}"


def _country_name(iso3: str) -> str:
    from ..codes import countries

    try:
        return countries.name(iso3)
    except FrontloadError:
        return iso3


def _named(row: dict[str, Any]) -> dict[str, Any]:
    """A screen row with the names an analyst reads next to the codes it keys on."""
    return {**row, "reporter_name": _country_name(row["reporter"]),
            "partner_name": _country_name(row["partner"]),
            "product_name": _short(explore._describe(row["product"]))}


def _matches(row: dict[str, Any], q: str) -> bool:
    """The filter matches the series label, the codes and the names: 'China', 'CHN', 'memories'."""
    keys = ("series", "reporter_name", "partner_name", "product_name")
    text = " ".join(str(row.get(k) or "") for k in keys)
    return all(word in text.lower() for word in q.lower().split())


@router.post("/check")
async def check(request: Request, req: Annotated[CheckRequest, Body()]) -> Any:
    """Claims found in an article, each with its verdict, the data's figure, evidence and where
    it sits in the text (``start``/``end`` character offsets of its sentence)."""
    # From the event loop, as detect: a check waiting on its worker holds none of the few threads
    # the light answers have (web/threads.py).
    today = _check_date(req.date)
    claims = await _heavy_async(request, _check_job, req.text, today)
    counts: dict[str, int] = {}
    for c in claims:
        counts[c["verdict"]] = counts.get(c["verdict"], 0) + 1
    return _json({"date": today.isoformat(), "date_source": "given" if req.date else "today",
                      "length": len(req.text), "counts": counts, "claims": claims})

def _check_job(store: Store, text: str, today: dt.date) -> list[dict[str, Any]]:
    from ..claims.verify import check_text

    return [{**v.to_dict(), "start": v.claim.start, "end": v.claim.start + len(v.claim.sentence)}
            for v in check_text(store, text, today)]


@router.get("/brief")
async def brief(request: Request, reporter: Text = "China", partner: Text = "USA", product: Text = "8542",
                period: Period = None,
                as_of: Day = None) -> Any:
    """The analyst's brief as a document: sections of paragraphs, tables and charts, every
    figure with its value, unit and numbered sources."""
    args = _brief_args(reporter, partner, product, period, as_of)
    doc: Document = await _heavy_async(request, _brief_job, *args, key=("brief", *args))
    return _json(doc.to_dict())

def _brief_job(store: Store, reporter: str, partner: str, product: str, period: dt.date | None,
               as_of: Any) -> Document:
    from ..report.brief import BriefOptions, build_brief

    return build_brief(store, BriefOptions(reporter=reporter, partner=partner, product=product, period=period,
                                           as_of=as_of))


WAITING_PER_WORKER = 4  # heavy requests admitted per heavy slot when worker processes compute them
DEFAULT_BRIEF = ("CHN", "USA", "8542", None, None)  # the home page's flow, as resolved (prewarm)


def _brief_args(reporter: str, partner: str, product: str, period: str | None,
                as_of: str | None) -> tuple[Any, ...]:
    q, codes = _flow_query(reporter, partner, product, "M", "M", None, None, None, as_of)
    if len(codes) != 1:
        raise at("product", QueryError("the brief's flagship product must be one HS code",
                                       hint="e.g. product=8542"))
    return (q.reporter, q.partner, codes[0], _period("period", period), q.as_of)


@router.get("/datasets")
def datasets(request: Request) -> Any:
    """What the store holds: one row per dataset with rows, coverage, vintage and provenance."""
    return _json(_read(request, lambda store: store.datasets()))

@router.get("/fetches")
def fetches(request: Request, limit: Limit = 100, offset: Offset = 0) -> Any:
    """The fetch log, newest first: every file or API response ingested, with hash and vintage."""
    return _json(_page(_read(request, _fetch_rows), limit, offset))


def _fetch_rows(store: Store) -> list[dict[str, Any]]:
    """The fetch log as rows, newest first (the fetch id breaks ties, so the order is stable)."""
    rows = [dict(f.__dict__) for f in store.fetches().values()]
    return sorted(rows, key=lambda r: (r["ingested_at"], r["fetch_id"]), reverse=True)

@router.get("/vintages")
def vintages(request: Request, reporter: Text, partner: Text = "World", product: Text = "8542",
             flow: Flow = "M",
             start: Period = None, end: Period = None, source: OptText = None,
             limit: Limit = MAX_PAGE, offset: Offset = 0) -> Any:
    """Every stored version of a flow's rows, oldest first, with the fetch that brought it."""
    from ..store.query import vintages as history

    q, codes = _flow_query(reporter, partner, product, flow, "M", start, end, source, None)
    return _json(_page(_read(request, lambda store: history(store, q, codes)), limit, offset))

@router.get("/figures")
def figures(request: Request, reporter: OptText = None, partner: OptText = None, measure: OptText = None,
            limit: Limit = MAX_PAGE, offset: Offset = 0) -> Any:
    """Figures quoted by official releases and the press, with their pages."""
    rep = param("reporter", api.resolve_country, reporter) if reporter else None
    par = param("partner", api.resolve_country, partner) if partner else None
    rows = _read(request,
                 lambda store: api.reported_figures(store, reporter=rep, partner=par, measure=measure))
    return _json(_page(rows, limit, offset))

# -- pages -------------------------------------------------------------------------------
def page(name: str, **ctx: Any) -> HTMLResponse:
    """A page: its template within the layout; Jinja escapes every value put in it."""
    nav = [("brief", "Brief"), ("explorer", "Explorer"), ("detect", "Detect"), ("screen", "Screen"),
           ("check", "Check"), ("data", "Data")]
    html = TEMPLATES.get_template(f"{name}.html").render(page=name, nav=nav, version=__version__, **ctx)
    return HTMLResponse(html)

@pages.get("/", include_in_schema=False)
def home() -> RedirectResponse:
    return RedirectResponse("/brief")

@pages.get("/brief", include_in_schema=False)
async def brief_page(request: Request, reporter: Text = "China", partner: Text = "USA",
                     product: Text = "8542", period: Period = None) -> HTMLResponse:
    # The document from the event loop (no thread held while a worker computes it: web/threads.py),
    # the page rendered in a thread.
    try:
        args = _brief_args(reporter, partner, product, period, None)
        built: Document | None = await _heavy_async(request, _brief_job, *args, key=("brief", *args))
        error = None
    except FrontloadError as exc:
        built, error = None, from_frontload(exc)[1]["error"]
    params = {"reporter": reporter, "partner": partner, "product": product, "period": period or ""}
    return await anyio.to_thread.run_sync(lambda: page(
        "brief", doc=None if built is None else _brief_page_view(built), error=error, params=params))

def _static_page(name: str) -> Callable[[], HTMLResponse]:
    """A page whose template needs no data: its script fetches everything from the API."""
    def route() -> HTMLResponse:
        return page(name)

    route.__name__ = f"{name}_page"
    return route


for _name in ("explorer", "detect", "screen", "check"):
    pages.get(f"/{_name}", include_in_schema=False)(_static_page(_name))


@pages.get("/data", include_in_schema=False)
def data_page(request: Request) -> HTMLResponse:
    def run(store: Store) -> dict[str, Any]:
        sets, fetches = _jsonable(store.datasets()), _jsonable(_fetch_rows(store))
        for row in (*sets, *fetches):
            row["files"] = [f for f in (row["location"] or "").split("; ") if f]
        for d in sets:
            d["provenance_text"] = explore.provenance_text(d["provenance"])
        return {"datasets": sets, "fetches": fetches}

    return page("data", **_read(request, run), snapshot=_reader(request).info(), sources=_SOURCES)

@lru_cache(maxsize=1)
def _plotly_gz() -> bytes:
    """Plotly's 4.8 MB script compressed once (about 1.4 MB), not on every request."""
    import gzip

    return gzip.compress(_plotly_js().read_bytes(), compresslevel=6)


@pages.get("/static/plotly.min.js", include_in_schema=False, response_model=None)
def plotly_js(request: Request) -> Response:
    headers = {"cache-control": "public, max-age=86400", "vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(_plotly_gz(), media_type="text/javascript",
                        headers={**headers, "content-encoding": "gzip"})
    return FileResponse(_plotly_js(), media_type="text/javascript", headers=headers)



# -- the app -------------------------------------------------------------------------------
async def _frontload_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, FrontloadError)
    status, content = from_frontload(exc)
    return JSONResponse(content, status_code=status)


async def _validation_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    errs = exc.errors()
    first = errs[0] if errs else {}
    if first.get("type") == "json_invalid":  # the body is not JSON at all: 400, as documented
        where = first.get("loc", ("body", None))[-1]
        at_ = f" at character {where}" if isinstance(where, int) else ""
        return JSONResponse(error_body(400, "InvalidJSON", f"the request body is not valid JSON{at_}: "
                                       f"{first.get('ctx', {}).get('error', first.get('msg'))}",
                                       parameter="body",
                                       hint='send JSON such as {"text": "…", "date": "2024-11-20"}'),
                            status_code=400)
    loc = [str(x) for x in first.get("loc", ()) if x not in ("query", "body", "path")]
    name = loc[0] if loc else None
    msg = "; ".join(f"{'.'.join(str(x) for x in e.get('loc', ())[1:]) or 'request'}: {e.get('msg')}"
                    for e in errs[:5])
    return JSONResponse(error_body(422, "ValidationError", msg, parameter=name,
                                   hint=f"see {API}/openapi.json for the parameters"), status_code=422)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    return JSONResponse(error_body(exc.status_code, "HTTPError", str(exc.detail)),
                        status_code=exc.status_code)


def create_app(db: str | os.PathLike[str] | None = None, *, token: str | None = None,
               reader: SnapshotReader | None = None, cache: bool = True,
               allowed_hosts: list[str] | None = None, time_budget: float | None = None,
               heavy_slots: int | None = None, cache_bytes: int | None = None,
               processes: bool = True) -> FastAPI:
    """The FastAPI app over the store at ``db`` (default: the configured store).

    ``cache`` replays successful API answers until the store changes
    (see :class:`~frontload.web.cache.AnswerCache`).
    ``allowed_hosts`` refuses requests whose Host header names another machine: on a loopback
    bind it stops a web page elsewhere from reading the store through DNS rebinding.
    ``time_budget``, ``heavy_slots`` and ``cache_bytes`` default to the settings
    ``web_time_budget``, ``web_heavy_slots`` and ``web_cache_mb`` (see ``web/limits.py``).
    ``processes`` computes the heavy endpoints in worker processes (``web/pool.py``: as many as
    heavy slots, plus one prewarm and one background worker, started at the first heavy request or by
    ``app.state.heavy.start()``; close them with ``app.state.heavy.close()``); without, in the
    server's threads.
    """
    from .. import config

    app = FastAPI(title="frontload", version=__version__, openapi_url=f"{API}/openapi.json",
                  docs_url=None, redoc_url=None,  # both load their JS from a CDN: offline, no
                  description="Trade intelligence around policy shocks: the library's results as JSON. "
                  "Every error has the body {error: {status, type, message, hint, parameter}}.")
    budget, slots, cache_mb = _limits(time_budget, heavy_slots, cache_bytes)  # before the store copy
    app.state.reader = reader if reader is not None else SnapshotReader(config.db_path(db))
    app.state.memo = Memo()
    # As many workers as heavy slots, at most one per core: more would only share the cores.
    app.state.heavy = HeavyPool(max(1, min(slots, os.cpu_count() or 1))) if processes else None
    app.state.prewarmed = None  # the snapshot generation whose default views were started
    app.state.after_refresh = _after_refresh(app)
    # With workers, a heavy request admitted waits on them holding a thread, not a core: admit a few
    # per worker, so a prewarmed brief or screen is not queued behind two detects still computing.
    admitted = slots * WAITING_PER_WORKER if processes else slots
    app.add_middleware(Limits, budget=budget, heavy_slots=admitted)  # inside the cache: hits skip it
    if cache:
        app.add_middleware(AnswerCache, max_bytes=cache_mb, budget=budget)
    app.add_middleware(GZipMiddleware, minimum_size=1000)  # outside the cache: it keeps plain bodies
    app.add_middleware(Guard, token=token, allowed_hosts=allowed_hosts)  # before the cache answers
    # Errors: one body for all.
    app.add_exception_handler(FrontloadError, _frontload_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.include_router(router)
    app.include_router(pages)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    return app


def _limits(budget: float | None, slots: int | None, cache_bytes: int | None) -> tuple[float, int, int]:
    """The server's limits: arguments first, then the settings chain (environment values are text)."""
    from .. import config

    try:
        b = float(config.get("web_time_budget", budget))
        n = int(config.get("web_heavy_slots", slots))
        c = int(cache_bytes) if cache_bytes is not None else int(float(config.get("web_cache_mb")) * 1e6)
    except (TypeError, ValueError) as exc:
        raise ConfigError(f"web_time_budget, web_heavy_slots and web_cache_mb must be numbers: {exc}",
                          hint="e.g. web_time_budget = 20, web_heavy_slots = 2, web_cache_mb = 64") from None
    if b <= 0 or n < 1 or c < 0:
        raise ConfigError(f"web limits out of range: time budget {b:g} s (> 0), heavy slots {n} (>= 1), "
                          f"cache {c:,} bytes (>= 0)")
    return b, n, c


_SOURCES = [
    {"source": "comtrade", "what": "UN Comtrade: annual and monthly merchandise trade by HS code",
     "how": "frontload ingest comtrade, or frontload load FILE.csv"},
    {"source": "census", "what": "US Census Bureau international trade, HS10 imports and exports",
     "how": "frontload ingest census, or frontload load FILE.parquet"},
    {"source": "twcustoms", "what": "Taiwan customs exports by destination",
     "how": "frontload load FILE.csv"},
    {"source": "press / semi / wsts", "what": "headline figures as reported, with their pages",
     "how": "bundled transcriptions"},
    {"source": "calendar / user", "what": "policy events: export controls, tariffs, countermeasures",
     "how": "bundled calendar; frontload events --add FILE.csv"},
]
