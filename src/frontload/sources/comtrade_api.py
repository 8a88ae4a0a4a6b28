"""UN Comtrade API v1: the keyless public preview and the keyed data endpoint.

Requests go to ``{base}/C/{freq}/HS`` with ``reporterCode``, ``partnerCode``,
``period`` (comma-separated YYYY or YYYYMM), ``cmdCode``, ``flowCode``. The
response is JSON ``{"elapsedTime", "count", "data": [...], "error"}`` whose
``data`` items carry the same fields as the Comtrade+ CSV export, so they go
through the same mapping (:func:`frontload.sources.comtrade_files.plus_records`):
totals only (partner2, mode of transport, customs procedure), Comtrade country
codes translated, classification version and estimated flags kept.

Chunking: at most 12 periods per request (the API's limit), and a chunk whose
``count`` reaches the row cap (500 for the preview, 100,000 with a key) is split
again, by commodity code, then by partner, then by reporter, then by halving its
periods, and each split is named in the dataset's notes; a single reporter ×
partner × code × period that still reaches the cap is refused with a clear
message rather than silently truncated. A fetch sends at most ``max_requests``
(default :data:`MAX_REQUESTS`) to the network and refuses, before sending them, a plan or a split
that would take it past that. Each chunk is ingested in its own transaction with the response's
retrieval time as vintage; its raw bytes are kept, so an interrupted fetch
resumes by running the same command again.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass

from ..codes import countries
from ..errors import ParseError, SourceError
from ..model import LoadedDataset, add_months, month_index
from ._common import Collector, observations_table
from .comtrade_files import plus_records
from .http import Fetched, HttpClient, fetch_note

PREVIEW = "https://comtradeapi.un.org/public/v1/preview"
DATA = "https://comtradeapi.un.org/data/v1/get"
KEY_HEADER = "Ocp-Apim-Subscription-Key"
CAP = {"preview": 500, "data": 100_000}
MAX_PERIODS = 12
# Requests one fetch may send before it stops and says so. The keyless preview and a free key are
# rationed (a few hundred calls a day); splitting a capped chunk multiplies requests, so a broad
# query could spend the day's allowance unseen. Saved responses (a resumed fetch) cost nothing.
MAX_REQUESTS = 250


@dataclass
class _Budget:
    limit: int
    used: int = 0

    def check(self, more: int, what: str, url: str) -> None:
        """Refuse, before sending them, ``more`` requests that would take the fetch past the limit."""
        if self.used + more > self.limit:
            raise SourceError(
                f"{what} needs {more} more request(s); {self.used} of this fetch's budget of {self.limit} "
                "are spent, so it would exceed it",
                url=url,
                hint="narrow the query (fewer codes, partners, reporters or months), or raise the budget "
                "with --max-requests N; chunks already fetched are stored, and a re-run reads their saved "
                "responses without asking again",
            )


@dataclass(frozen=True)
class ComtradeRequest:
    reporters: tuple[str, ...]  # ISO3
    partners: tuple[str, ...]  # ISO3, WLD for World
    products: tuple[str, ...]  # HS codes
    flow: str = "M"
    freq: str = "M"  # M or A
    start: dt.date = dt.date(2024, 1, 1)
    end: dt.date = dt.date(2024, 12, 1)

    def periods(self) -> list[str]:
        if self.freq == "A":
            return [str(y) for y in range(self.start.year, self.end.year + 1)]
        return [
            f"{add_months(self.start, k):%Y%m}"
            for k in range(month_index(self.end) - month_index(self.start) + 1)
        ]


@dataclass(frozen=True)
class Chunk:
    url: str
    params: dict[str, str]

    def describe(self) -> str:
        return HttpClient.url_for(self.url, self.params)


def chunks(req: ComtradeRequest, keyed: bool) -> Iterator[Chunk]:
    """The requests that cover ``req``: one per 12 periods, all reporters, partners and codes in each."""
    base = DATA if keyed else PREVIEW
    url = f"{base}/C/{req.freq}/HS"
    periods = req.periods()
    for i in range(0, len(periods), MAX_PERIODS):
        yield Chunk(
            url,
            {
                "reporterCode": ",".join(str(countries.to_comtrade(r)) for r in req.reporters),
                "partnerCode": ",".join(str(countries.to_comtrade(p)) for p in req.partners),
                "period": ",".join(periods[i : i + MAX_PERIODS]),
                "cmdCode": ",".join(req.products),
                "flowCode": req.flow,
                "includeDesc": "false",
            },
        )


def parse_response(f: Fetched) -> tuple[list[dict], list[str], int]:
    """Canonical rows, notes and the API's ``count`` from one response body."""
    try:
        doc = json.loads(f.body)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ParseError(
            f"UN Comtrade answered with something that is not JSON ({len(f.body)} bytes, "
            f"starts {f.body[:60]!r})",
            file=f.url,
            hint="the service may be down or the body was truncated; try again",
        ) from exc
    if not isinstance(doc, dict) or "data" not in doc:
        raise ParseError(
            "UN Comtrade response has no 'data' field",
            file=f.url,
            hint=f"keys found: {sorted(doc)[:8] if isinstance(doc, dict) else type(doc).__name__}",
        )
    if doc.get("error"):
        raise SourceError(f"UN Comtrade reported an error: {doc['error']}", url=f.url)
    data = doc["data"] or []
    recs = ((i, {k: _text(v) for k, v in item.items()}) for i, item in enumerate(data, start=1))
    if data:
        missing = [
            c
            for c in (
                "freqCode",
                "period",
                "reporterCode",
                "partnerCode",
                "flowCode",
                "cmdCode",
                "primaryValue",
            )
            if c not in data[0]
        ]
        if missing:
            raise ParseError(
                f"UN Comtrade response items lack field(s) {', '.join(missing)}: the API's columns changed",
                file=f.url,
                hint="update frontload; nothing was written",
            )
    rows, notes = plus_records(recs, Collector(f.url, "UN Comtrade API items"))
    return rows, notes, int(doc.get("count", len(data)))


def _text(v: object) -> str:
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return str(v)


def fetch(
    req: ComtradeRequest, client: HttpClient, *, key: str | None = None, refresh: bool = False,
    max_requests: int = MAX_REQUESTS,
) -> Iterator[LoadedDataset]:
    """One LoadedDataset per chunk, ready for ``Store.ingest``; raises before yielding a bad chunk.

    ``refresh`` asks the API again instead of reading saved responses (to pick up revisions).
    At most ``max_requests`` go to the network: a plan or a split that would need more is refused
    before it is sent (SourceError), after the chunks already yielded.
    """
    key = key if key is not None else os.environ.get("COMTRADE_API_KEY")
    keyed = bool(key)
    cap = CAP["data" if keyed else "preview"]
    planned = list(chunks(req, keyed))
    budget = _Budget(max_requests)
    if planned:
        budget.check(len(planned), f"the query's {len(planned)} chunk(s)", planned[0].describe())
    for ch in planned:
        for f, rows, notes, params in _split_if_capped(ch, client, key, cap, refresh, [], budget):
            yield LoadedDataset(
                name=f"comtrade_api:{req.freq}:{req.flow}:{params['reporterCode']}:{params['partnerCode']}",
                source="comtrade",
                title="UN Comtrade API v1" + (" (data)" if keyed else " (public preview)"),
                location=f.url,
                sha256=f.sha256,
                vintage=f.fetched_at,
                observations=observations_table(rows) if rows else None,
                scope_products=params["cmdCode"].split(","),
                notes=[*notes, fetch_note(f)],
            )


# The request dimensions a capped chunk is split along, in order: each yields smaller requests.
_SPLITS = (("cmdCode", "commodity code"), ("partnerCode", "partner"), ("reporterCode", "reporter"))


def _split_if_capped(
    ch: Chunk, client: HttpClient, key: str | None, cap: int, refresh: bool, said: list[str], budget: _Budget
) -> Iterator[tuple[Fetched, list[dict], list[str], dict[str, str]]]:
    secrets = {KEY_HEADER: key} if key else None
    f = client.get(ch.url, ch.params, secrets=secrets, refresh=refresh)
    budget.used += not f.from_cache
    try:
        rows, notes, count = parse_response(f)
    except (ParseError, SourceError):
        client.reject(f)
        raise
    if count < cap:
        yield f, rows, [*said, *notes], ch.params
        return
    for param, label in _SPLITS:
        values = ch.params[param].split(",")
        if len(values) > 1:
            what, subs = label, [{**ch.params, param: v} for v in values]
            break
    else:
        periods = ch.params["period"].split(",")
        if len(periods) == 1:
            raise SourceError(
                f"one request reached the row cap of {cap} for a single reporter, partner, code and "
                f"period ({ch.params['period']}): the answer would be truncated",
                url=f.url,
                hint="set COMTRADE_API_KEY for the data endpoint (100,000 rows a call)",
            )
        what, half = "period", len(periods) // 2
        subs = [{**ch.params, "period": ",".join(p)} for p in (periods[:half], periods[half:])]
    note = (f"the row cap of {cap} was reached by {f.url}; asked again in {len(subs)} requests, "
            f"one per {what}")
    budget.check(len(subs), f"the row cap of {cap} was reached; splitting by {what}", f.url)
    for sub in subs:
        yield from _split_if_capped(Chunk(ch.url, sub), client, key, cap, refresh, [*said, note], budget)
