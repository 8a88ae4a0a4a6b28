"""Value objects and the canonical schemas every source maps into.

The canonical observation is one long table (see docs/architecture.md). A row is
one value of one flow (reporter, partner, flow, product) over one period, as one
source published it at one vintage. ``months`` says how many months the row
covers: 1 for a month, 2 for a combined January–February release (China), 3 for
a quarter and 12 for a year. Keeping the span explicit lets the statistics
refuse to compare unlike periods instead of silently mixing them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .errors import QueryError

if TYPE_CHECKING:
    import pyarrow as pa

    OBSERVATION_SCHEMA: pa.Schema
    REPORTED_FIGURES_SCHEMA: pa.Schema
    EVENTS_SCHEMA: pa.Schema

FLOWS: dict[str, str] = {
    "M": "imports",
    "X": "exports",
    "RM": "re-imports",
    "RX": "re-exports",
}
FREQS: dict[str, int] = {"M": 1, "Q": 3, "A": 12}  # months per period at each frequency
WORLD = "WLD"
# The source of benchmark data (frontload.synthetic); the store refuses to mix it with real data.
SYNTHETIC_SOURCE = "synthetic"

OBS_KEY: tuple[str, ...] = (
    "source", "reporter", "partner", "flow", "product", "period", "freq", "months",
)
OBS_VALUE_COLUMNS: tuple[str, ...] = (
    "classification", "level", "value_usd", "value_local", "currency", "valuation",
    "qty", "qty_unit", "net_weight_kg", "is_estimated",
)


def _schemas() -> dict[str, pa.Schema]:
    """The canonical Arrow schemas, built on first use so that ``import frontload.model`` (and the
    CLI's start-up through it) does not import pyarrow."""
    import pyarrow as pa

    OBSERVATION_SCHEMA = pa.schema(
        [
            ("source", pa.string()),  # publisher/channel: comtrade, census, twcustoms, gacc, …
            ("reporter", pa.string()),  # ISO3
            ("partner", pa.string()),  # ISO3, WLD for World
            ("flow", pa.string()),  # M, X, RM, RX
            ("classification", pa.string()),  # H3…H6 (HS vintages), TW-CCC, US-HTS, CN-8
            ("product", pa.string()),  # code as reported, digits only
            ("level", pa.int8()),  # number of digits of product
            ("period", pa.date32()),  # first day of the first month covered
            ("freq", pa.string()),  # M, Q, A: the release frequency
            ("months", pa.int8()),  # months covered: 1, 2 (Jan–Feb combined), 3, 12
            ("value_usd", pa.float64()),  # current US dollars
            ("value_local", pa.float64()),  # in `currency` when the source publishes one
            ("currency", pa.string()),  # ISO 4217 of value_local
            ("valuation", pa.string()),  # CIF, FOB or customs (US customs value)
            ("qty", pa.float64()),
            ("qty_unit", pa.string()),  # u (items), kg, … ; null when not reported
            ("net_weight_kg", pa.float64()),
            ("is_estimated", pa.bool_()),
            ("vintage", pa.timestamp("us", tz="UTC")),  # published or retrieved at
            ("fetch_id", pa.string()),  # row of fetch_log this value came from
        ]
    )

    REPORTED_FIGURES_SCHEMA = pa.schema(
        [
            ("figure_id", pa.string()),  # stable: dataset + row number
            ("dataset", pa.string()),
            ("period_start", pa.date32()),  # first day of first month
            ("period_end", pa.date32()),  # first day of last month (inclusive)
            ("period_label", pa.string()),
            ("reporter", pa.string()),  # ISO3 or null
            ("reporter_as_reported", pa.string()),
            ("partner", pa.string()),  # ISO3/WLD or null (e.g. "China plus HK")
            ("partner_as_reported", pa.string()),
            ("product", pa.string()),  # HS code or basket name when it can be mapped, else null
            ("product_as_reported", pa.string()),
            ("measure", pa.string()),  # import_value, export_value, billings, sales_3mma, …
            ("value", pa.float64()),  # in `unit`
            ("unit", pa.string()),  # e.g. "USD bn", "CNY bn", "units", "%"
            ("yoy_pct", pa.float64()),
            ("basis", pa.string()),  # data basis as reported (ICT release, trade release, …)
            ("source_url", pa.string()),
            ("quote", pa.string()),  # verbatim quote or note
        ]
    )

    EVENTS_SCHEMA = pa.schema(
        [
            ("event_id", pa.string()),
            ("dataset", pa.string()),
            ("date_announced", pa.date32()),
            ("date_effective", pa.date32()),
            ("date_published", pa.date32()),
            ("jurisdiction", pa.string()),
            ("agency", pa.string()),
            ("instrument", pa.string()),
            ("doc_ref", pa.string()),
            ("category", pa.string()),  # tariff, export_control, entity_list, counter_measure, …
            ("title", pa.string()),
            ("summary", pa.string()),
            ("products", pa.list_(pa.string())),  # HS codes covered, where known
            ("partners", pa.list_(pa.string())),  # ISO3 targeted, where known
            ("source_url", pa.string()),
        ]
    )
    return {"OBSERVATION_SCHEMA": OBSERVATION_SCHEMA, "REPORTED_FIGURES_SCHEMA": REPORTED_FIGURES_SCHEMA,
            "EVENTS_SCHEMA": EVENTS_SCHEMA}


def __getattr__(name: str) -> Any:
    """PEP 562: the schemas are module attributes, made (once) when first asked for."""
    if name in ("OBSERVATION_SCHEMA", "REPORTED_FIGURES_SCHEMA", "EVENTS_SCHEMA"):
        globals().update(_schemas())
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


@dataclass
class LoadedDataset:
    """What a loader hands to the store: canonical rows plus what is needed for provenance.

    ``scope_products`` lists the product codes the dataset was *asked for* (a
    fetch of 854231 and 854232 does not cover 8542). The store records it so the
    query layer can refuse to present a partial sum as a total.
    """

    name: str  # dataset id, e.g. "comtrade_monthly_semis_kazookat"
    source: str  # publisher/channel, e.g. "comtrade"
    title: str
    location: str  # file path(s) or URL (keys redacted)
    sha256: str
    vintage: dt.datetime  # when the data were retrieved/published (UTC)
    observations: pa.Table | None = None
    reported: pa.Table | None = None
    events: pa.Table | None = None
    scope_products: list[str] = field(default_factory=list)  # ["*"] = every product
    provenance: str = ""  # path of the PROVENANCE.md shipped beside the data
    notes: list[str] = field(default_factory=list)  # quirks handled, rows dropped and why


# --- periods -----------------------------------------------------------------------------

def month_index(d: dt.date) -> int:
    """Months since year 0: lets period arithmetic be integer arithmetic."""
    return d.year * 12 + d.month - 1


def from_month_index(i: int) -> dt.date:
    return dt.date(i // 12, i % 12 + 1, 1)


def add_months(d: dt.date, n: int) -> dt.date:
    return from_month_index(month_index(d) + n)


_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def period_label(start: dt.date, months: int) -> str:
    """Human label for a span: 'Oct 2024', 'Jan–Feb 2024', 'Q3 2024', '2024', 'Jan–Oct 2024'."""
    end = add_months(start, months - 1)
    if months == 1:
        return f"{_MONTHS[start.month - 1]} {start.year}"
    if months == 12 and start.month == 1:
        return str(start.year)
    if months == 3 and start.month in (1, 4, 7, 10):
        return f"Q{(start.month - 1) // 3 + 1} {start.year}"
    if start.year == end.year:
        return f"{_MONTHS[start.month - 1]}–{_MONTHS[end.month - 1]} {start.year}"
    return f"{_MONTHS[start.month - 1]} {start.year}–{_MONTHS[end.month - 1]} {end.year}"


_PERIOD_RE = re.compile(
    r"^(?P<y>\d{4})(?:(?:-?M?(?P<m>\d{1,2}))|(?:-?Q(?P<q>[1-4])))?$", re.IGNORECASE
)


def parse_period(text: str | dt.date) -> tuple[dt.date, str]:
    """Parse '2024', '2024-10', '202410', '2024Q3', '2024-Q3' into (first day, freq)."""
    if isinstance(text, dt.date):
        return dt.date(text.year, text.month, 1), "M"
    m = _PERIOD_RE.match(str(text).strip())
    if not m:
        raise QueryError(
            f"cannot read period {text!r}", hint="use YYYY, YYYY-MM or YYYYQn, e.g. 2024-10"
        )
    y = int(m["y"])
    if not 1900 <= y <= 2100:
        raise QueryError(f"year out of range in period {text!r}", hint="trade data start after 1900")
    if m["q"]:
        return dt.date(y, (int(m["q"]) - 1) * 3 + 1, 1), "Q"
    if m["m"]:
        month = int(m["m"])
        if not 1 <= month <= 12:
            raise QueryError(f"month out of range in period {text!r}")
        return dt.date(y, month, 1), "M"
    return dt.date(y, 1, 1), "A"


@dataclass(frozen=True)
class FlowKey:
    """Which flow: who reports, with whom, which direction, which product (code or basket)."""

    reporter: str
    partner: str
    flow: str
    product: str

    def label(self) -> str:
        return f"{self.reporter} {FLOWS.get(self.flow, self.flow)} of {self.product} " + (
            "from" if self.flow in ("M", "RM") else "to"
        ) + f" {self.partner}"


@dataclass(frozen=True)
class Query:
    """One question to the store. Strings are resolved (names → ISO3, baskets → codes) upstream."""

    reporter: str
    partner: str = WORLD
    flow: str = "M"
    product: str = "8542"
    freq: str = "M"
    start: dt.date | None = None
    end: dt.date | None = None  # inclusive, first day of the last period
    source: str | None = None
    as_of: dt.datetime | None = None

    @property
    def key(self) -> FlowKey:
        return FlowKey(self.reporter, self.partner, self.flow, self.product)

    def describe(self) -> dict[str, Any]:
        return {
            "reporter": self.reporter, "partner": self.partner, "flow": self.flow,
            "product": self.product, "freq": self.freq,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
            "source": self.source,
            "as_of": self.as_of.isoformat() if self.as_of else None,
        }
