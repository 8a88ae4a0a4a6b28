"""Understanding numerical claims in trade news: amounts, changes, periods, countries, products, flows.

A first, rule-based reader. It splits text into sentences and, in each, finds
money amounts (``US$1.11 billion``, ``$9.61bn``, ``USD 1.11 bn``, ``1.11 billion
dollars``, ``RMB 1.81 trillion``), percentage changes with their direction
(``up 60%``, ``a 42.5% increase``, ``fell 22.4%``), the period (``in October``,
``the first ten months``, ``last year``, ``in 2024``, ``the first half``) read
relative to the article date, the countries (any name frontload's crosswalk
knows, "from"/"to" deciding the partner), the product (basket aliases such as
chips, memory, processors) and the flow (imported, purchases, exports). A
sentence with numbers but no trade amount or change is kept as "not a trade
claim" so it can be shown as not checkable.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from ..codes import baskets, countries
from ..errors import CodeError, UnknownProductError

_SCALE = {
    "thousand": 1e3,
    "k": 1e3,
    "million": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "trillion": 1e12,
    "tn": 1e12,
}
_CUR = {
    "us$": "USD",
    "usd": "USD",
    "$": "USD",
    "dollars": "USD",
    "dollar": "USD",
    "rmb": "CNY",
    "cny": "CNY",
    "yuan": "CNY",
    "¥": "CNY",
    "eur": "EUR",
    "€": "EUR",
    "euros": "EUR",
}
_MONEY = re.compile(
    r"(?P<cur1>US\$|USD|RMB|CNY|EUR|€|\$|¥)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb](?![a-z]))?\s?(?P<cur2>dollars?|yuan|euros?|USD|RMB)?",
    re.I,
)
_PCT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent)", re.I)
_UP = re.compile(
    r"\b(up|rose|rise|rising|increase[ds]?|grew|growth|jump(?:ed)?|surge[ds]?|soar(?:ed)?|hike|higher|"
    r"climb(?:ed)?|gain(?:ed)?)\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(down|fell|fall|falling|declin(?:e|ed|ing)|drop(?:ped)?|decrease[ds]?|lower|slump(?:ed)?|"
    r"shr[ao]nk|plung(?:e|ed))\b",
    re.I,
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_ORDINAL = {
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "2": 2,
    "3": 3,
    "4": 4,
    "5": 5,
    "6": 6,
    "7": 7,
    "8": 8,
    "9": 9,
    "10": 10,
    "11": 11,
}
_IMPORT = re.compile(r"\b(import(?:s|ed|ing)?|purchas(?:es|ed)|bought|buying|inbound)\b", re.I)
_EXPORT = re.compile(r"\b(export(?:s|ed|ing)?|shipments? to|sold|sales to|outbound)\b", re.I)


@dataclass
class Claim:
    sentence: str
    start: int  # character offset of the sentence in the text
    amount: float | None = None  # in currency units
    currency: str | None = None
    amount_text: str | None = None
    decimals: int = 0  # digits after the point as printed (sets the rounding tolerance)
    unit: float = 1.0  # the scale printed: 1e9 for "billion", 1e6 for "m"
    change_pct: float | None = None
    change_text: str | None = None
    period_start: dt.date | None = None
    months: int | None = None
    period_text: str | None = None
    reporter: str | None = None
    partner: str | None = None
    flow: str | None = None
    product: tuple[str, ...] = ()
    product_text: str | None = None
    kind: str = "trade"  # trade, streak, or not_trade
    notes: list[str] = field(default_factory=list)
    # What the figure measures: customs "value", or SEMI equipment "billings" (a reported figure).
    measure: str = "value"
    # Comparisons: share ("one-third of global demand"), rank ("China's largest supplier"),
    # combined ("more than Korea, Taiwan and the US combined"), record ("the highest since 2021").
    comparison: str | None = None
    comparison_text: str | None = None
    share_pct: float | None = None
    share_bound: str | None = None  # "over" (more than a third), "under" (nearly a third) or None
    share_tolerance: float = 0.5  # points: rounding of "42%"; wider for words ("one-third")
    rank: int | None = None
    others: tuple[str, ...] = ()  # the economies of a "combined total of" comparison
    record_since: int | None = None  # year of "the highest since 2021"; None for "a record"
    # Counts: "549.2 billion units", "1.2 billion chips".
    quantity: float | None = None
    quantity_text: str | None = None
    quantity_decimals: int = 0
    quantity_unit: float = 1.0
    not_trade_reason: str | None = None  # why numbers here are not trade figures


_STREAK = re.compile(
    r"(?:above|over|more than|exceed\w*|topp?\w*)\b.{0,60}?\bsince\s+"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?",
    re.I,
)
_ABBREV = ("U.S", "U.K", "U.N", "Mr", "Ms", "Dr", "e.g", "i.e", "No", "vs", "Inc", "Co", "Ltd", "Corp", "St")
_ABBREV_END = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ABBREV) + r")$")
_SENTENCE_END = re.compile(r"[.!?](?=\s+|$)|\n\s*\n")


def sentences(text: str) -> list[tuple[int, str]]:
    """Sentences that contain a digit, with their offsets; "U.S." and "3.5" do not end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        # Only the few characters before the stop are looked at: a long text stays linear.
        before = text[max(start, m.start() - 8) : m.start()]
        if m.group(0) == "." and _ABBREV_END.search(before) and (
            m.start() - len(_ABBREV_END.search(before).group(0)) >= start  # type: ignore[union-attr]
        ):
            continue  # "U.S.", "Mr." do not end a sentence ("…the U.S. In 2024" is rarer than "U.S. chips")
        chunk = text[start : m.end()]
        s = chunk.strip()
        if s and re.search(r"\d", s):
            out.append((start + (len(chunk) - len(chunk.lstrip())), s))
        start = m.end()
    tail = text[start:].strip()
    if tail and re.search(r"\d", tail):
        out.append((start + (len(text[start:]) - len(text[start:].lstrip())), tail))
    return out


def _money(s: str) -> tuple[float, str, str, int, float] | None:
    for m in _MONEY.finditer(s):
        cur = (m.group("cur1") or m.group("cur2") or "").lower()
        scale = (m.group("scale") or "").lower()
        if not cur or (not scale and cur not in ("us$", "usd", "$")):
            continue
        if re.match(r"\s*(%|per\s?cent|percent)", s[m.end("num") :], re.I):
            continue
        num = m.group("num").replace(",", "")
        decimals = len(num.split(".")[1]) if "." in num else 0
        unit = _SCALE.get(scale, 1.0)
        return round(float(num) * unit, 2), _CUR[cur], m.group(0).strip(), decimals, unit
    return None


def _change(s: str) -> tuple[float, str] | None:
    m = _PCT.search(s)
    if not m:
        return None
    window = s[max(0, m.start() - 40) : m.end() + 40]
    val = float(m.group("num"))
    if _DOWN.search(window) and not _UP.search(window):
        val = -val
    elif not _UP.search(window):
        return None  # a share ("one-third of") or a rate, not a change
    return val, m.group(0)


def _period(s: str, today: dt.date) -> tuple[dt.date, int, str] | None:
    low = s.lower()
    m = re.search(r"first (\w+) months(?: of (\d{4}|the year|this year|last year))?", low)
    if m and m.group(1) in _ORDINAL:
        n = _ORDINAL[m.group(1)]
        year = _year(m.group(2), today)
        return dt.date(year, 1, 1), n, m.group(0)
    m = re.search(
        r"\b(first|second|third|fourth) quarter(?: of (\d{4}|the year|this year|last year))?", low
    ) or re.search(r"\bq([1-4])\s*(\d{4})\b", low)
    if m:
        q = {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(m.group(1)) or int(m.group(1))
        return dt.date(_year(m.group(2), today), 3 * q - 2, 1), 3, m.group(0)
    m = re.search(r"first half(?: of (\d{4}|the year|this year|last year))?", low)
    if m:
        return dt.date(_year(m.group(1), today), 1, 1), 6, m.group(0)
    m = re.search(
        r"\b(january|february|march|april|may|june|july|august|september|october|november|december)"
        r"(?:\s+(\d{4}))?",
        low,
    )
    if m and not re.search(r"\bsince\s+" + m.group(1), low):
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (today.year if month <= today.month else today.year - 1)
        return dt.date(year, month, 1), 1, m.group(0)
    m = re.search(r"\b(?:in|for|during|of)\s+(\d{4})\b", low)
    if m:
        return dt.date(int(m.group(1)), 1, 1), 12, m.group(0)
    if "last year" in low:
        return dt.date(today.year - 1, 1, 1), 12, "last year"
    return None


def _year(text: str | None, today: dt.date) -> int:
    if not text or text in ("the year", "this year"):
        return today.year
    if text == "last year":
        return today.year - 1
    return int(text)


@functools.lru_cache(maxsize=4096)
def _iso(token: str) -> str | None:
    """ISO3 for a capitalised word or phrase, None when it names no economy (cached: an article
    repeats its names, and a failed look-up computes spelling suggestions)."""
    try:
        return countries.iso3(token)
    except CodeError:
        return None


def _names_inside(token: str, offset: int) -> list[tuple[int, str]]:
    """Economies among the words of a capitalised run: two-word names first ("South Korea")."""
    words = [(m.start(), m.group(0).strip(".,")) for m in re.finditer(r"\S+", token)]
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        pair = _iso(words[i][1] + " " + words[i + 1][1]) if i + 1 < len(words) else None
        one = pair or (_iso(words[i][1]) if len(words[i][1].replace(".", "")) > 2 else None)
        if one and one != "WLD":
            out.append((offset + words[i][0], one))
        i += 2 if pair else 1
    return out


def _found_countries(s: str) -> list[tuple[int, str]]:
    """(offset, ISO3) of every economy named in the sentence, in order."""
    words = re.finditer(r"(?:the )?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*|\b(?:Beijing|Washington)\b", s)
    found: list[tuple[int, str]] = []
    for mw in words:
        w = mw.group(0)
        token = w.strip(" .,")
        # Two-letter words are ISO codes only when they are the few the press uses ("In" is not India).
        if len(token.replace(".", "")) <= 2 and token.replace(".", "") not in ("US", "UK", "EU", "HK"):
            continue
        iso = _iso(token)
        if iso is None and " " in token:  # "China Customs", "Beijing Washington": the names inside
            found += _names_inside(token, mw.start())
            continue
        if iso is not None and iso not in ("WLD",):
            found.append((mw.start(), iso))
    return found


def _countries(s: str) -> tuple[str | None, str | None]:
    found = _found_countries(s)
    reporter = partner = None
    for pos, iso in found:
        before = s[max(0, pos - 8) : pos].lower()
        if re.search(r"\b(from|to)\s+(the\s+)?$", before):
            partner = partner or iso
        else:
            reporter = reporter or iso
    return reporter, partner


_ADJ = {
    "us": "USA",
    "u.s.": "USA",
    "american": "USA",
    "korean": "KOR",
    "south korean": "KOR",
    "taiwanese": "TWN",
    "japanese": "JPN",
    "chinese": "CHN",
    "dutch": "NLD",
    "malaysian": "MYS",
    "vietnamese": "VNM",
}
_ADJ_RE = re.compile(
    r"\b(south korean|u\.s\.|us|american|korean|taiwanese|japanese|chinese|dutch|malaysian|"
    r"vietnamese)[- ](?:made\s)?(?:micro)?"
    r"(chips?|semiconductors?|processors?|memory|equipment|integrated circuits|ics?\b)",
    re.I,
)


_REPORTER_ADJ = re.compile(
    r"\b(chinese|american|korean|south korean|taiwanese|japanese|dutch|malaysian|"
    r"vietnamese)\s+(?:chip\s+)?(purchases|imports|exports|buyers|importers|exporters)\b",
    re.I,
)


def _origin_adjective(s: str) -> str | None:
    """'US chips', 'Korean memory': the country an adjective names as the goods' origin."""
    m = _ADJ_RE.search(s)
    return _ADJ[m.group(1).lower()] if m else None


_ALIASES = {a: b for b in baskets.BASKETS.values() for a in b.aliases if len(a) > 3}
_ALIAS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")\b"
)


def _product(s: str) -> tuple[tuple[str, ...], str | None]:
    low = s.lower().replace("-", " ")
    # The longest matching alias wins: "memory chips" before "chips".
    hits = [m.group(0) for m in _ALIAS_RE.finditer(low)]
    if hits:
        alias = max(hits, key=len)
        return _ALIASES[alias].codes, alias
    m = re.search(r"\b(?:microchips?|semiconductor chips|chips?)\b", low)
    if m:
        try:
            return baskets.resolve_product("integrated circuits"), m.group(0)
        except UnknownProductError:  # pragma: no cover
            return (), None
    return (), None


def parse(text: str, today: dt.date) -> list[Claim]:
    """Every sentence with a number, as a :class:`Claim` (``kind`` says whether it is a trade claim)."""
    out: list[Claim] = []
    for start, s in sentences(text):
        c = Claim(sentence=s, start=start)
        money = _money(s)
        if money:
            c.amount, c.currency, c.amount_text, c.decimals, c.unit = money
        change = _change(s)
        if change:
            c.change_pct, c.change_text = change
        per = _period(s, today)
        if per:
            c.period_start, c.months, c.period_text = per
        c.reporter, c.partner = _countries(s)
        origin = _origin_adjective(s)
        if origin and c.partner is None:
            c.partner = origin
            if c.reporter == origin:  # "US" was read as the reporter: it is the origin
                c.reporter = None
        if c.reporter is None:  # "Chinese purchases of …": the adjective names the reporter
            m_rep = _REPORTER_ADJ.search(s)
            if m_rep:
                c.reporter = _ADJ[m_rep.group(1).lower()]
        c.product, c.product_text = _product(s)
        c.flow = "M" if _IMPORT.search(s) else ("X" if _EXPORT.search(s) else None)
        streak = _STREAK.search(s)
        if streak and c.amount is not None:
            # "above $1 billion every month since June": a streak from that month to the last
            # month before the article.
            month = _MONTHS[streak.group(1).lower()]
            year = (
                int(streak.group(2))
                if streak.group(2)
                else (today.year if month < today.month else today.year - 1)
            )
            c.kind = "streak"
            c.period_start = dt.date(year, month, 1)
            last = today.year * 12 + today.month - 2  # the month before the article's
            c.months = max(1, last - (year * 12 + month - 1) + 1)
            c.period_text = streak.group(0)
            c.change_pct = None
        if c.amount is None and c.change_pct is None:
            c.kind = "not_trade"
        out.append(c)
    return out
