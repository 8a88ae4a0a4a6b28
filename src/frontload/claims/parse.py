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

import dataclasses
import datetime as dt
import functools
import html.parser
import re
from dataclasses import dataclass, field

from ..codes import baskets, countries
from ..errors import CodeError, UnknownProductError
from . import lexicon

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
    "nt$": "TWD",  # not US dollars: "NT$5.3 trillion", "HK$", "S$" are other currencies' dollars
    "hk$": "HKD",
    "s$": "SGD",
    "a$": "AUD",
    "c$": "CAD",
    "₩": "KRW",
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
    "euro": "EUR",
}
_MONEY = re.compile(
    r"(?P<cur1>US\$|NT\$|HK\$|S\$|A\$|C\$|USD|RMB|CNY|EUR|€|₩|\$|¥)?\s?(?P<num>\d[\d,]*(?:\.\d+)?)\s?"
    r"(?P<scale>thousand|million|billion|trillion|bn|mn|tn|[kmb](?![a-z]))?\s?"
    r"(?P<cur2>(?:US |U\.S\. )?dollars?|yuan|euros?|USD|RMB)?",
    re.I,
)
_PCT = re.compile(r"(?P<num>\d+(?:\.\d+)?)\s?(?:%|per\s?cent|percent|pc\b)", re.I)
_UP = re.compile(
    r"\b(up|rose|rise|rising|increase[ds]?|grew|growth|jump(?:ed)?|surge[ds]?|soar(?:ed)?|hike|higher|"
    r"climb(?:ed)?|gain(?:ed)?|rebound(?:ed|s)?|recover(?:ed|s)?|expand(?:ed|s)?|more)\b",
    re.I,
)
_DOWN = re.compile(
    r"\b(down|fell|fall|falling|declin(?:e|ed|ing)|drop(?:ped)?|decrease[ds]?|lower|slump(?:ed)?|"
    r"shr[ao]nk|plung(?:e|ed)|less|fewer|slipped|slid|sank|tumbled|dipped|eased|contracted)\b",
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
_EXPORT = re.compile(
    r"\b(export(?:s|ed|ing)?|shipments? to|shipped(?!\s+from)|ships to|sent to|sold|sales to|outbound|"
    # "Korea supplied $343 million of memory chips to the United States": the supplier's exports
    r"suppl(?:ied|ies|ying)(?=[^.;]{0,80}\bto\s+(?:the\s+)?(?:United|US|U\.S|America|China|Japan|Korea|"
    r"Taiwan|Hong|Malaysia|Vietnam|Singapore|India|Europe|Germany|mainland)))\b",
    re.I,
)


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
    # The claim frame (one claim per quantity mention): where the mention is in the checked text,
    # its words, the qualifier that makes it an interval, and the slots taken from context.
    span: tuple[int, int] | None = None  # [start, end) offsets of the quantity mention in the text
    quote: str | None = None  # the mention as printed ("more than $400 million", "doubled")
    bound: str | None = None  # "over" (more than), "under" (nearly), "about", "below" (up to), None
    multiple: float | None = None  # "doubled" 2.0, "tripled" 3.0, "halved" 0.5
    base_start: dt.date | None = None  # the period a multiple compares with ("nearly double March's")
    direction: int | None = None  # +1 "grew", -1 "fell": a change without a number
    streak_open: bool = False  # "for more than two years": the streak may have started earlier
    inherited: list[str] = field(default_factory=list)  # "reporter CHN from the previous sentence"
    # Words of the mention's clause that look like a product or an economy and that the reader
    # could not map ("gallium", "Indonesian"): a definite verdict would be on another flow.
    unread: list[str] = field(default_factory=list)
    ambiguous: str | None = None  # why a slot cannot be told, with the candidates


_STREAK = re.compile(
    r"(?:above|over|more than|exceed\w*|topp?\w*|surpass\w*)\b.{0,60}?\bsince\s+"
    r"(january|february|march|april|may|june|july|august|september|october|november|december)(?:\s+(\d{4}))?",
    re.I,
)
_STREAK_SINCE_FIRST = re.compile(
    r"\bsince\s+(january|february|march|april|may|june|july|august|september|october|november|december)"
    r"(?:\s+(\d{4}))?\b.{0,120}?\b(?:consistently\s+|always\s+|each month\s+)?(?:stayed above|been above|"
    r"remained above|surpass\w*|exceed\w*|topp?\w*)\b",
    re.I,
)
_ABBREV = ("U.S", "U.K", "U.N", "Mr", "Ms", "Dr", "e.g", "i.e", "No", "vs", "Inc", "Co", "Ltd", "Corp", "St")
_ABBREV_END = re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(a) for a in _ABBREV) + r")$")
_SENTENCE_END = re.compile(r"[.!?](?=\s+|$)|\n\s*\n")


def sentences(text: str, digits_only: bool = True) -> list[tuple[int, str]]:
    """Sentences that contain a digit (every sentence with ``digits_only=False``: "doubled", "a
    fifth" and the subject of the next sentence need no digit), with their offsets; "U.S." and
    "3.5" do not end a sentence."""
    out: list[tuple[int, str]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        # Only the few characters before the stop are looked at: a long text stays linear.
        before = text[max(start, m.start() - 8) : m.start()]
        if (
            m.group(0) == "."
            and _ABBREV_END.search(before)
            and (
                m.start() - len(_ABBREV_END.search(before).group(0)) >= start  # type: ignore[union-attr]
            )
        ):
            continue  # "U.S.", "Mr." do not end a sentence ("…the U.S. In 2024" is rarer than "U.S. chips")
        _add_sentence(out, text, start, m.end(), digits_only)
        start = m.end()
    _add_sentence(out, text, start, len(text), digits_only)
    return out


_MAX_SENTENCE = 1_000  # characters; a longer run without a full stop is cut at spaces


def _add_sentence(
    out: list[tuple[int, str]], text: str, start: int, end: int, digits_only: bool = True
) -> None:
    """Append text[start:end] stripped, when it holds a digit; a run longer than _MAX_SENTENCE (a
    table, a page without stops) is cut at spaces so that each piece is read in bounded time."""
    while end - start > _MAX_SENTENCE:
        cut = text.rfind(" ", start + _MAX_SENTENCE // 2, start + _MAX_SENTENCE)
        cut = cut if cut > start else start + _MAX_SENTENCE
        _add_sentence(out, text, start, cut, digits_only)
        start = cut
    chunk = text[start:end]
    s = chunk.strip()
    if s and (not digits_only or re.search(r"\d", s)):
        out.append((start + (len(chunk) - len(chunk.lstrip())), s))


def _money(s: str) -> tuple[float, str, str, int, float] | None:
    for m in _MONEY.finditer(s):
        cur = re.sub(r"^(?:us|u\.s\.)\s+", "", (m.group("cur1") or m.group("cur2") or "").lower())
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
    m = re.search(
        r"\b(?:between\s+)?("
        + _MONTH_WORDS
        + r")\s*(?:-|–|to|and|through)\s*("
        + _MONTH_WORDS
        + r")(?:\s+(\d{4}))?",
        low,
    )
    if m and _MONTHS[m.group(1)] < _MONTHS[m.group(2)]:  # "between January and July 2024", "January-November"
        first, last = _MONTHS[m.group(1)], _MONTHS[m.group(2)]
        year = int(m.group(3)) if m.group(3) else (today.year if last <= today.month else today.year - 1)
        return dt.date(year, first, 1), last - first + 1, m.group(0)
    m = re.search(r"\b(?:the )?year to (" + _MONTH_WORDS + r")(?:\s+(\d{4}))?", low)
    if m:  # "in the year to October": January to October
        month = _MONTHS[m.group(1)]
        year = int(m.group(2)) if m.group(2) else (today.year if month <= today.month else today.year - 1)
        return dt.date(year, 1, 1), month, m.group(0)
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


# Names the press uses that the country crosswalk does not hold. SEMI's "North America" is read as
# the US (the verdict says so).
_PHRASES = {
    "north america": "USA",
    "europe": "EU",  # SEMI's Europe region (the verdict names it)
    "world's largest economy": "USA",
    "the world's largest economy": "USA",
    "mainland china": "CHN",
}


@functools.lru_cache(maxsize=4096)
def _iso(token: str) -> str | None:
    """ISO3 for a capitalised word or phrase, None when it names no economy (cached: an article
    repeats its names, and a failed look-up computes spelling suggestions)."""
    if token.lower() in _PHRASES:
        return _PHRASES[token.lower()]
    try:
        return countries.iso3(token)
    except CodeError:
        pass
    # the lexicon's metonyms: "Hanoi", "Kuala Lumpur", "the island", "the peninsula"
    key = re.sub(r"\s+", " ", token.lower()).removesuffix("'s").removesuffix("’s")
    return lexicon.METONYMS.get(key) if key not in ("mainland", "the mainland") else None


def _names_inside(token: str, offset: int) -> list[tuple[int, str]]:
    """Economies among the words of a capitalised run: two-word names first ("South Korea")."""
    words = [(m.start(), m.group(0).strip(".,")) for m in re.finditer(r"\S+", token)]
    out: list[tuple[int, str]] = []
    i = 0
    while i < len(words):
        pair = _iso(words[i][1] + " " + words[i + 1][1]) if i + 1 < len(words) else None
        short = words[i][1].replace(".", "")
        one = pair or (_iso(words[i][1]) if len(short) > 2 or short in ("US", "UK", "EU", "HK") else None)
        if one and one != "WLD":
            out.append((offset + words[i][0], one))
        i += 2 if pair else 1
    return out


def _found_countries(s: str) -> list[tuple[int, str]]:
    """(offset, ISO3) of every economy named in the sentence, in order (cached: the claim frames ask
    again for each mention of a clause)."""
    return list(_found_countries_cached(s))


@functools.lru_cache(maxsize=8192)
def _found_countries_cached(s: str) -> tuple[tuple[int, str], ...]:
    return tuple(_find_countries(s))


def _find_countries(s: str) -> list[tuple[int, str]]:
    words = re.finditer(
        # "the island", "the peninsula": the lexicon's metonyms for Taiwan and South Korea, where they
        # name a trading economy ("the island's exports", "from the island", "the island shipped"),
        # never a figure of speech elsewhere ("making the island the largest source")
        r"(?:(?<=from )|(?<=to )|(?<=of )|\b)(?i:the (?:island|peninsula))"
        r"(?=(?:'s|’s)|\s+(?:shipped|exported|sold|sent|exports|imported|bought|took)\b|(?<=from the island)"
        r"|(?<=from the peninsula)|(?<=to the island)|(?<=to the peninsula))"
        r"|(?:the )?[A-Z][\w.]*(?:\s[A-Z][\w.]*)*|\b(?:Beijing|Washington)\b|\bworld's largest economy\b",
        s,
    )
    found: list[tuple[int, str]] = []
    for mw in words:
        w = mw.group(0)
        if re.match(r"\$|\s+dollars?\b", s[mw.end() : mw.end() + 9]):
            continue  # "US$349 billion", "385 billion US dollars": a currency, not the United States
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


# "top buyer of Taiwan chips", "the largest destination for Taiwan's exports": the economy after it
# is the exporter (the reporter) and the one ranked its partner
_BUYER_OF = re.compile(
    r"\b(?:buyers?|destinations?|customers?|importers?|purchasers?)\s+(?:of|for)\s+(?:the\s+)?$", re.I
)


def _countries(s: str) -> tuple[str | None, str | None]:
    found = _found_countries(s)
    exporter = next((iso for pos, iso in found if _BUYER_OF.search(s[max(0, pos - 30) : pos])), None)
    if exporter is not None:
        others = [iso for _pos, iso in found if iso != exporter]
        return exporter, (others[0] if others else None)
    reporter = partner = None
    for pos, iso in found:
        if re.search(r"\b(from|to)\s+(the\s+)?(mainland\s+)?$", s[max(0, pos - 17) : pos].lower()):
            partner = partner or iso
        elif reporter and _GIVE_TO.search(s[max(0, pos - 30) : pos]):
            partner = partner or iso  # "Malaysia has sent the US $3.65 billion": the receiver
        else:
            reporter = reporter or iso
    return reporter, partner


# A verb of giving with the receiver as its object, no "to": "Taiwan shipped the US $4 billion".
_GIVE_TO = re.compile(
    r"\b(?:sent|sends|send|shipped|ships|ship|sold|sells|sell|supplied|supplies|delivered|gave)\s+"
    r"(?:(?:only|just|nearly|almost|some|about)\s+)?(?:the\s+)?$",
    re.I,
)


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
    # the lexicon's demonyms (claims/lexicon.py): "Singaporean", "Thai", "Taiwan-made", "mainland"
    **lexicon.DEMONYMS,
    **{k.replace("-", " "): v for k, v in lexicon.DEMONYMS.items() if "-" in k},
}
# "Korean memories", "Taiwanese logic chips", "Japanese memory chips": a demonym (as printed, so
# "us" the pronoun is not the US) before a product word of the lexicon names the goods' origin.
_PRODUCT_WORDS = lexicon.product_pattern()
_ADJ_RE = re.compile(
    # "China-made processors", "US-made chips": any name of the crosswalk made into an origin
    r"\b(" + lexicon.demonym_pattern() + r"|(?:[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)-made"
    r")[- ](?:made\s|built\s)?"
    r"(?i:((?:micro)?(?:" + _PRODUCT_WORDS + r"|equipment|lithography))\b)"
)


# ("Mainland buyers took $11 billion of Taiwanese chips" is Taiwan's export record read from the
# buyers' side: "mainland" names the partner there, never the reporter; see frames._buyers)
_REPORTER_ADJ = re.compile(
    r"\b(" + lexicon.demonym_pattern(exclude=("mainland",)) + r")\s+"
    r"(?i:(?:(?:" + _PRODUCT_WORDS + r")[\s-]+)?(purchases|imports|exports|buyers|importers|exporters|"
    r"companies|firms|fabs|chipmakers|shipments)\b)"
)


def _adj(word: str) -> str | None:
    """ISO3 of a demonym as matched ("South  Korean" -> KOR, "China-made" -> CHN)."""
    key = re.sub(r"\s+", " ", word.lower())
    if key in _ADJ:
        return _ADJ[key]
    return _iso(word.removesuffix("-made"))


def _origin_adjective(s: str) -> str | None:
    """'US chips', 'Korean memory': the country an adjective names as the goods' origin."""
    m = _ADJ_RE.search(s)
    return _adj(m.group(1)) if m else None


_ALIASES = {a: b for b in baskets.BASKETS.values() for a in b.aliases if len(a) > 3}
# The lexicon's narrow product words ("logic chip", "microprocessors", "memory chip", "drams"); its
# generic ones ("chip", "circuits", "semiconductor") stay with the generic reading below, so that a
# narrower word elsewhere in the sentence still does not name a "chip exports" flow.
_ALIASES.update(
    {
        w.replace("-", " "): baskets.BASKETS[p.basket]
        for w, p in lexicon.products().items()
        if p.basket in ("processors", "memory", "amplifiers") and w != "logic" and w not in _ALIASES
    }
)
_ALIAS_RE = re.compile(
    r"\b(?:" + "|".join(re.escape(a) for a in sorted(_ALIASES, key=len, reverse=True)) + r")\b"
)


_GENERIC_FLOW = re.compile(
    r"\b(?:microchips?|chips?|integrated circuits?|ics?)\s+(?:exports|imports|shipments|sales|purchases)\b"
)


def _product(s: str) -> tuple[tuple[str, ...], str | None]:
    low = s.lower().replace("-", " ")
    # The longest matching alias wins: "memory chips" before "chips".
    found = list(_ALIAS_RE.finditer(low))
    hits = [m.group(0) for m in found]
    subject = _GENERIC_FLOW.search(low)
    if subject and not any(m.start() < subject.end() and subject.start() <= m.end() + 1 for m in found):
        # "South Korea's chip exports slid ..., as the memory glut bit": the generic word on the flow
        # noun names the goods (no alias on or just before it: "memory chip imports" keeps memory);
        # a narrower word elsewhere (a cause, a comparison) does not
        hits = []
    if hits:
        alias = max(hits, key=len)
        return _ALIASES[alias].codes, alias
    generic = r"\b(?:microchips?|semiconductor chips|chips?|integrated circuit|circuits)\b"
    m = re.search(generic, low) or re.search(r"\bICs?\b", s)
    if m:
        try:
            return baskets.resolve_product("integrated circuits"), m.group(0)
        except UnknownProductError:  # pragma: no cover
            return (), None
    m = re.search(r"\bsemiconductor\b", low)
    if m:  # "Korea's semiconductor exports": the press's semiconductors (HS 8541 + 8542)
        return baskets.BASKETS["semiconductors"].codes, "semiconductors"
    return (), None


# -- numbers that are not trade figures ---------------------------------------------------------
_MONTH_WORDS = "january|february|march|april|may|june|july|august|september|october|november|december"
_PCT_WORD = r"(?:%|\s?per\s?cent|\s?percent)"
_NOT_TRADE = [
    (re.compile(r"\b\d+(?:\.\d+)?\s?-?(?:nm|nanomet(?:re|er)s?)\b", re.I), "a technology node"),
    (re.compile(r"\b(?:\w+|\d+)\s+generations?\s+(?:behind|ahead)\b", re.I), "a technology gap"),
    (
        re.compile(
            r"\b\d+(?:\.\d+)?" + _PCT_WORD + r"\s+(?:[\w-]+\s+){0,2}?(?:tariffs?|dut(?:y|ies)|levy|levies|"
            r"surcharges?)\b|\b(?:tariffs?|dut(?:y|ies)|levy|levies)\s+(?:\w+\s+){0,2}?(?:of|at|to|by)\s+"
            r"(?:up to\s+|as much as\s+)?\d+(?:\.\d+)?" + _PCT_WORD,
            re.I,
        ),
        "a tariff rate",
    ),
    (
        re.compile(
            # not "among the five biggest suppliers": a rank of at most five
            r"(?<!\bthe )\b(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|"
            r"hundreds of)\s+"
            r"(?:[A-Za-z-]+\s+){0,2}?(?:companies|firms|entities|chipmakers|engineers|"
            r"employees|workers|people|fabs|factories|plants|suppliers|customers)\b",
            re.I,
        ),
        "a count of companies or people",
    ),
    (
        re.compile(
            r"(?:US\$|USD|\$)\s?\d[\d.,]*\s*(?:billion|million|bn|m)?\s+(?:in\s+)?(?:[\w-]+\s+){0,2}?"
            r"(?:subsid(?:y|ies)|grants?|incentives|loans?|tax credits|revenue|profits?)\b|"
            r"\b(?:spend|invest)\w*\s+(?:US\$|\$)\s?\d[\d.,]*\s*(?:billion|million|bn)?\s+(?:on|in)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:fabs?|plants?|factories|facilit\w+|sites?)\b",
            re.I,
        ),
        "a subsidy, investment or company figure",
    ),
    (
        re.compile(
            r"\b(?:" + _MONTH_WORDS + r")\s+(?:[12]?\d|3[01])(?:st|nd|rd|th)?\b(?!\s*(?:billion|"
            r"million|%|per))(?:,?\s+\d{4})?",
            re.I,
        ),
        "a date",
    ),
    (re.compile(r"\b(?:19|20)\d\d\s+(?:law|act|rules?|regulations?|controls)\b", re.I), "a date"),
]
# Amounts written in Chinese or Japanese ("3500.6億ドル", "1.81万亿元"): out of scope, said so.
_CJK_AMOUNT = re.compile(r"\d[\d,.]*\s?(?:億|亿|万|兆)\s?(?:ドル|美元|元|円)?")


def _mask(s: str) -> tuple[str, str | None]:
    """The sentence with non-trade numbers blanked (same length) and the first reason found."""
    reason = None
    for pattern, why in _NOT_TRADE:
        s, n = pattern.subn(lambda m: "\u00b7" * (m.end() - m.start()), s)
        reason = reason or (why if n else None)
    return s, reason


# -- counts ------------------------------------------------------------------------------------
_QUANTITY = re.compile(
    r"(?<![\w$.,])(?P<num>\d[\d,]*(?:\.\d+)?)\s?(?P<scale>billion|million|thousand|bn|mn)?\s+"
    r"(?:(?:integrated\s+circuits?|chips?|units?|pieces|(?:[a-z-]+\s+)?(?:machines|systems))\b)",
    re.I,
)


def _quantity(s: str) -> tuple[float, str, int, float] | None:
    m = _QUANTITY.search(s)
    if not m:
        return None
    before = s[max(0, m.start() - 5) : m.start()]
    if re.search(r"(US\$|USD|RMB|\$|€|¥)\s?$", before):
        return None
    num = m.group("num").replace(",", "")
    if not m.group("scale") and re.fullmatch(r"(?:19|20)\d\d", num):
        return None  # "the 2024 chips": a year, not a count
    unit = _SCALE.get((m.group("scale") or "").lower(), 1.0)
    decimals = len(num.split(".")[1]) if "." in num else 0
    return round(float(num) * unit, 2), m.group(0), decimals, unit


# -- comparisons: shares, ranks, combined totals, records ------------------------------------------
_FRACTIONS = {
    "half": 50.0,
    "one half": 50.0,
    "a third": 100 / 3,
    "one third": 100 / 3,
    "two thirds": 200 / 3,
    "a quarter": 25.0,
    "one quarter": 25.0,
    "three quarters": 75.0,
    "a fifth": 20.0,
    "one fifth": 20.0,
    "a tenth": 10.0,
    "one tenth": 10.0,
    # the rarer fractions of a total (claims11c: "a sixth of the world market", "more than
    # two-fifths of US processor imports", "more than nine-tenths of US imports")
    "a sixth": 100 / 6,
    "one sixth": 100 / 6,
    "a seventh": 100 / 7,
    "one seventh": 100 / 7,
    "an eighth": 12.5,
    "one eighth": 12.5,
    "two fifths": 40.0,
    "three fifths": 60.0,
    "four fifths": 80.0,
    "three tenths": 30.0,
    "seven tenths": 70.0,
    "nine tenths": 90.0,
}
_FRACTION_RE = (
    r"(?<!first\s)(?<!second\s)(?<!latter\s)(?:"
    + "|".join(k.replace(" ", "[- ]") for k in sorted(_FRACTIONS, key=len, reverse=True))
    + ")"
)
_QUALIFIER = (
    r"(?P<q>more than|well over|just over|a little over|slightly more than|over|above|at least|almost|nearly|"
    r"close to|just under|about|around|roughly|some|barely)"
)
_SHARE = re.compile(
    r"(?:"
    + _QUALIFIER
    + r"\s+)?(?:(?P<pct>\d+(?:\.\d+)?)"
    + _PCT_WORD
    + r"|(?P<frac>"
    + _FRACTION_RE
    + r"))\s+(?:share\s+)?of\b|(?:accounted for|made up|represented|took|captured|comprised)\s+(?:"
    + _QUALIFIER.replace("?P<q>", "?P<q2>")
    + r"\s+)?(?:(?P<pct2>\d+(?:\.\d+)?)"
    + _PCT_WORD
    + r"|(?P<frac2>"
    + _FRACTION_RE
    + r"))|(?P<pct3>\d+(?:\.\d+)?)"
    + _PCT_WORD
    + r"\s+share\b|\bshare\s+of\s+[^.;]{3,80}?\s+"
    + r"(?P<v4>was|stood at|at|reached|rose to|fell to|hit|climbed to|came to|(?:fell|dropped|slipped) below|"
    + r"\w+ed to|shrank to|grew to|sank to|slid to|(?:edged|ticked|inched) (?:up|down) to|"
    + r"below|under|(?:rose|climbed) above|above|over|topped)"
    + r"\s+(?:"
    + _QUALIFIER.replace("?P<q>", "?P<q4>")
    + r"\s+)?(?P<pct4>\d+(?:\.\d+)?)"
    + _PCT_WORD,
    re.I,
)
_ORDINAL_RANK = {
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "5th": 5,
    "first": 1,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
}
_RANK = re.compile(
    r"\b(?:(?P<ord>second|third|fourth|fifth|2nd|3rd|4th|5th)[- ])?(?:largest|biggest|top|leading|"
    r"No\.?\s?1|number[- ]one)\s+(?:[\w-]+\s+){0,3}?(?P<role>suppliers?|sources?|markets?|buyers?|"
    r"exporters?|importers?|destinations?|customers?|spenders?|regions?|origins?)\b|\btopped\s+the\s+"
    r"(?:[\w-]+\s+){0,2}?(?P<role2>market|league|ranking)\b|\branked\s+(?P<ord2>second|third|fourth|fifth)\b"
    # "Malaysia held sixth place among IC exporters"
    r"|\b(?:held|took|was in|came in|stood in|ranked in)\s+(?P<ord3>first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth)\s+place\b",
    re.I,
)
_COMBINED = re.compile(
    r"\b(?P<verb>more than|exceed\w*|surpass\w*|greater than|larger than|bigger than|outstrip\w*|outpac\w*|"
    r"top\w*|eclips\w*|above|less than|smaller than|below)\s+(?:those of\s+|that of\s+)?(?:(?:the\s+)?"
    r"combined\s+(?:[\w-]+\s+){0,3}?of\s+(?P<list>[^.;:]{3,80}?)(?=[.;:]|$|\s+(?:in|during|for|over|"
    r"last|this)\b|,\s+(?:according|data|SEMI|said|the|while|but|which|and)\b)|(?P<list2>[^.;:]{3,80}?)\s+combined\b)",
    re.I,
)
_RECORD = re.compile(
    r"\b(?P<kind>highest|lowest|biggest|largest|strongest|weakest|most|smallest|least)\s+(?:[\w-]+\s+){0,3}?(?:since\s+"
    r"(?:at least\s+)?(?:(?:the\s+)?(?:start|beginning|end)\s+of\s+)?(?:(?:" + _MONTH_WORDS + r")\s+)?"
    r"(?P<y>\d{4})|in\s+(?:at least\s+|more than\s+|over\s+)?(?P<n>\d+|two|three|four|five|six|seven|eight|"
    r"nine|ten|eleven|twelve)\s+years|(?P<ever>on record|ever|in history"
    # "the lowest in the series", "the highest monthly figure in the data", "the lowest monthly
    # figure since the series began in 2016": the series' own extreme (claims11c)
    r"|in the (?:series|data|dataset)|since (?:the )?(?:series|data) (?:began|started|starts?)"
    r"(?: in (?:19|20)\d\d)?))|"
    r"\b(?P<rec>(?:a\s+|new\s+)?record(?:[- ](?:high|low))?|all-time\s+"
    r"(?:high|low)|(?:a\s+)?(?:fresh|new)\s+(?:high|low|peak)|breaking\s+records)\b",
    re.I,
)


_OVER_WORDS = (
    "more than",
    "well over",
    "just over",
    "a little over",
    "slightly more than",
    "over",
    "above",
    "at least",
)
_SHARE_CUE = re.compile(r"%|per\s?cent|half|third|quarter|fifth|sixth|seventh|eighth|tenth", re.I)


def _share(s: str) -> tuple[float, str | None, float, str] | None:
    m = _SHARE.search(s) if _SHARE_CUE.search(s) else None  # no per cent, no fraction: no share
    if not m:
        return None
    pct = m.group("pct") or m.group("pct2") or m.group("pct3") or m.group("pct4")
    frac = m.group("frac") or m.group("frac2")
    q = (m.group("q") or m.group("q2") or m.group("q4") or "").lower()
    verb = (m.group("v4") or "").lower()
    if re.search(r"below|under", verb):
        q = "below"
    elif re.search(r"above|over|topped", verb):
        q = "more than"
    if pct is not None:
        value, tol = float(pct), 0.5 * 10 ** (-(len(pct.split(".")[1]) if "." in pct else 0))
    else:
        value, tol = _FRACTIONS[re.sub(r"[- ]", " ", (frac or "").lower())], 2.5
    bound = (
        "over"
        if q in _OVER_WORDS
        else (
            "under"
            if q in ("almost", "nearly", "close to", "just under")
            else ("below" if q == "below" else None)
        )
    )
    if q in ("about", "around", "roughly", "some", "barely"):  # "barely a seventh": about, not a bound
        tol = max(tol, 2.5)
    return value, bound, tol, m.group(0)


def _comparisons(c: Claim, s: str, skip: frozenset[str] = frozenset()) -> str:
    """Fill the comparison fields with the first kind found that is not in ``skip``; returns the
    sentence with the share's percentage blanked (so it is not also read as a change)."""
    sh = None if "share" in skip else _share(s)
    if sh:
        c.comparison = "share"
        c.share_pct, c.share_bound, c.share_tolerance, c.comparison_text = sh
        i = s.find(sh[3])
        return s[:i] + "\u00b7" * len(sh[3]) + s[i + len(sh[3]) :]
    m = None if "combined" in skip else _COMBINED.search(s)
    if m:
        listed = m.group("list") or m.group("list2") or ""
        others = tuple(dict.fromkeys(iso for _, iso in _found_countries(listed)))
        if others:
            c.comparison, c.comparison_text, c.others = "combined", m.group(0), others
            if m.group("verb").lower() in ("less than", "smaller than", "below"):
                c.notes.append("below")
            return s
    m = None if "rank" in skip else _RANK.search(s)
    if m:
        c.comparison, c.comparison_text = "rank", m.group(0)
        c.rank = _ORDINAL_RANK.get((m.group("ord") or m.group("ord3") or "").lower(), 1)
        return s
    m = None if "record" in skip else _RECORD.search(s)
    if m:
        c.comparison, c.comparison_text = "record", m.group(0)
        c.record_since = int(m.group("y")) if m.group("y") else None
        if re.search(r"lowest|weakest|record[- ]low|all-time\s+low|(?:fresh|new)\s+low", m.group(0), re.I):
            c.notes.append("low")
    return s


_BILLINGS = re.compile(
    r"\b(billings?|spending|spent|spend|sales|market|demand|invest\w*|buyers?|spenders?)\b", re.I
)
_EQUIPMENT_MEASURE = re.compile(
    r"\b(?:(?:chip|semiconductor|fab)[- ]?)?equipment\s+(?:billings|spending|sales|market|demand)\b|"
    r"\b(?:chip[- ]?making|chip|semiconductor|wafer[- ]fab)\s+tools\b|\bbillings\b|"
    r"\btool\s+(?:spending|billings|sales|purchases)\b|"
    r"\bspen[dt]\w*\s+[^;]{0,30}?\bon\s+(?:chip[- ]?making\s+|semiconductor\s+|new\s+)?(?:equipment|tools)\b",
    re.I,
)
# "China bought US$49.6 billion of chip equipment": a region's purchases of equipment with no
# origin are what SEMI reports as billings into the region (customs imports say "imports"/"from")
_EQUIPMENT_BOUGHT = re.compile(
    r"\b(?:bought|purchased|buys|purchases|purchasing|buying)\b[^;]{0,60}?"
    r"\b(?:chip[- ]?making|chip|semiconductor)\s+equipment\b",
    re.I,
)
_OWNER = re.compile(r"\b([A-Z][\w.]*(?:\s[A-Z][\w.]*)?)(?:'s|’s)\s")
# "of the processors the US imported": the importer owns the flow the share is of
_BUYER = re.compile(r"\b((?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+(?:imported|bought|purchased)\b")


_FIGURE_NEXT = re.compile(r"\s*(?:US\$|USD|\$|\d)")
# "the biggest supplier of processors to the US": the importer owns the flow ranked
_SUPPLIER_TO = re.compile(
    r"\b(?:supplier|source|provider|seller)s?\b[^,;]{0,50}?\bto\s+((?:the\s+)?[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
)


def _roles(c: Claim, s: str) -> None:
    """Who is compared with whom. A region's equipment billings have no partner; in a flow
    comparison ("Taiwan was China's largest supplier", "Taiwan's share of US imports") the owner of
    the flow is the reporter and the economy compared is the partner."""
    if c.measure == "billings":
        subject = [iso for _, iso in _found_countries(s) if iso not in c.others]
        m_rep = _REPORTER_ADJ.search(s)
        c.reporter = subject[0] if subject else (_adj(m_rep.group(1)) if m_rep else None)
        region = re.search(r"\b(?:(North Americ)|(Europe))(?:a|an)?\b", s)
        if c.reporter is None and region:  # SEMI's regions: "North American equipment billings"
            c.reporter = "USA" if region.group(1) else "EU"
        if c.reporter is None and re.search(r"\b(?:global|worldwide|world)\b", s, re.I):
            c.reporter = "WLD"  # "Global equipment billings": SEMI's total
        c.partner = None
        return
    if c.comparison not in ("share", "rank", "combined"):
        return
    found = [iso for _, iso in _found_countries(s) if iso not in c.others]
    if len(found) < 2:
        return
    owner = None
    for m in _OWNER.finditer(s):
        iso = _iso(m.group(1))
        if iso and iso != found[0] and not _FIGURE_NEXT.match(s, m.end()):
            owner = iso  # not "against Malaysia's $7.7 billion": the possessive of another figure
    m_to = _SUPPLIER_TO.search(s)
    if owner is None and m_to:  # "the biggest foreign supplier of processors to the US"
        iso = _iso(m_to.group(1).removeprefix("the "))
        owner = iso if iso in found else None
    m_adj = re.search(
        r"\b(us|u\.s\.|american|chinese|japanese|korean)\s+(?:[\w-]+\s+){0,2}(?:imports|purchases|exports)",
        s.lower(),
    )
    if owner is None and m_adj and _ADJ[m_adj.group(1)] in found:  # "of US processor imports"
        owner = _ADJ[m_adj.group(1)]
    m_buyer = _BUYER.search(s)
    if owner is None and m_buyer:  # "about 28% of the processors the US imported in 2025"
        iso = _iso(m_buyer.group(1).removeprefix("the "))
        owner = iso if iso in found else None
    other = next((i for i in found if i != owner), None)  # "the US … of US imports" names no other
    if owner is not None and other is not None:
        c.reporter, c.partner = owner, other


def parse(text: str, today: dt.date) -> list[Claim]:
    """Every quantity mention of the text as a :class:`Claim` of its own, its slots filled from the
    nearest clause, then the sentence, paragraph, headline and article date (see ``frames``)."""
    from .frames import read

    return read(text, today)


def parse_sentences(text: str, today: dt.date) -> list[Claim]:
    """The reader before claim frames: one claim per sentence with a number (plus its further
    comparisons and a second amount). Kept as the sentence-level reading the frames fall back on."""
    out: list[Claim] = []
    for start, s in sentences(text):
        c = _parse_sentence(start, s, today)
        out.append(c)
        out += _more_comparisons(c)
        earlier = _earlier_amount(c)
        if earlier is not None:
            out.append(earlier)
    return out


def _more_comparisons(c: Claim) -> list[Claim]:
    """'… exceeding the combined total of Korea, Taiwan and the US, and accounted for more than 40
    per cent of global sales': each further comparison in the sentence is a claim of its own."""
    out: list[Claim] = []
    if c.comparison is None:
        return out
    seen = {c.comparison}
    masked, _ = _mask(c.sentence)
    while len(seen) < 4:
        e = dataclasses.replace(
            c,
            amount=None,
            change_pct=None,
            quantity=None,
            comparison=None,
            comparison_text=None,
            share_pct=None,
            share_bound=None,
            rank=None,
            others=(),
            record_since=None,
            notes=[],
        )
        _comparisons(e, masked, frozenset(seen))
        if e.comparison is None:
            break
        seen.add(e.comparison)
        out.append(e)
    return out


# "fell to $8.3 billion in 2023 from $12.2 billion in 2022": the second amount is a claim of its own.
_FROM_AMOUNT = re.compile(
    r"\bfrom\s+(?P<m>(?:US\$|USD|RMB|\$|€|¥)\s?\d[^,;]{0,25}?)\s+(?:in\s+(?P<y>\d{4})\b|(?P<ago>a year "
    r"(?:earlier|before|ago)|the (?:previous|prior) year|last year))",
    re.I,
)


def _earlier_amount(c: Claim) -> Claim | None:
    if c.kind != "trade" or c.amount is None or c.period_start is None or c.months is None:
        return None
    m = _FROM_AMOUNT.search(c.sentence)
    money = _money(m.group("m")) if m else None
    if m is None or money is None:
        return None
    start = (
        dt.date(int(m.group("y")), c.period_start.month, 1)
        if m.group("y")
        else dt.date(c.period_start.year - 1, c.period_start.month, 1)
    )
    e = dataclasses.replace(c, change_pct=None, change_text=None, comparison=None, quantity=None, notes=[])
    e.amount, e.currency, e.amount_text, e.decimals, e.unit = money
    e.period_start, e.period_text = start, m.group(0)
    return e


def _economies(c: Claim, s: str) -> None:
    """Reporter and partner from names, "from"/"to", and adjectives ("US chips", "Chinese purchases")."""
    c.reporter, c.partner = _countries(s)
    origin = _origin_adjective(s)
    m_own = _REPORTER_ADJ.search(s)
    if origin and m_own and _adj(m_own.group(1)) == origin:
        origin = None  # "Korean memory exports": Korea exports, it is not the origin of someone's imports
        c.reporter = c.reporter or _adj(m_own.group(1))
    if origin and c.partner is None:
        c.partner = origin
        if c.reporter == origin:  # "US" was read as the reporter: it is the origin
            # "China-made processors worth $1.2 billion entered the US": the next economy named
            # (not a partner after from/to) is the reporter
            rest = [iso for _, iso in _found_countries(s) if iso != origin]
            c.reporter = rest[0] if len(set(rest)) == 1 else None
    if c.reporter is None and m_own:  # "Chinese purchases of …": the adjective names the reporter
        c.reporter = _adj(m_own.group(1))


def _parse_sentence(
    start: int, s: str, today: dt.date, premasked: tuple[str, str | None] | None = None
) -> Claim:
    c = Claim(sentence=s, start=start)
    masked, reason = premasked or _mask(s)
    masked = _comparisons(c, masked)
    money = _money(masked)
    if money:
        c.amount, c.currency, c.amount_text, c.decimals, c.unit = money
    change = _change(masked)
    if change:
        c.change_pct, c.change_text = change
    qty = None if money and _QUANTITY.search(masked) and "worth" in masked else _quantity(masked)
    if qty:
        c.quantity, c.quantity_text, c.quantity_decimals, c.quantity_unit = qty
    per = _period(masked, today)
    if per:
        c.period_start, c.months, c.period_text = per
    _economies(c, s)
    c.product, c.product_text = _product(s)
    eq = _EQUIPMENT_MEASURE.search(s)
    if eq and (not c.product or c.product_text in ("chip", "chips")):  # "chip tools" are equipment
        c.product, c.product_text = baskets.BASKETS["chip-equipment"].codes, eq.group(0)
    c.flow = "M" if _IMPORT.search(s) else ("X" if _EXPORT.search(s) else None)
    if c.flow is None and any(_BUYER_OF.search(s[max(0, p - 30) : p]) for p, _iso in _found_countries(s)):
        c.flow = "X"  # "the top buyer of Taiwan chips": Taiwan's exports
    if c.flow is None and c.comparison == "rank" and c.comparison_text:
        role = c.comparison_text.lower()
        c.flow = "M" if re.search(r"suppl|source|origin", role) else ("X" if "exporter" in role else None)
    if c.product == baskets.BASKETS["chip-equipment"].codes and (
        (c.flow is None and _BILLINGS.search(s)) or re.search(r"\bSEMI\b", s)
    ):
        c.measure = "billings"  # SEMI's equipment billings in a region, not a customs flow
    elif (
        c.product == baskets.BASKETS["chip-equipment"].codes
        and _EQUIPMENT_BOUGHT.search(s)
        and not re.search(r"\bimport|\bfrom\s+(?:the\s+)?[A-Z]", s)
    ):
        c.measure, c.flow = "billings", None  # "China bought $49.6bn of chip equipment": SEMI's billings
    _roles(c, s)
    streak = _STREAK.search(masked) or _STREAK_SINCE_FIRST.search(masked)
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
    if c.kind == "trade" and not (c.product or c.reporter or c.partner):
        # "Shares of SMIC rose 5%": a figure with no product and no economy is company or market news.
        c.kind = "not_trade"
        c.not_trade_reason = reason or "no traded product or economy is named (company or market news)"
    if c.amount is None and c.change_pct is None and c.quantity is None and c.comparison is None:
        c.kind = "not_trade"
        cjk = _CJK_AMOUNT.search(s)
        c.not_trade_reason = (
            f"an amount written in Chinese or Japanese ({cjk.group(0)}) is not read" if cjk else reason
        )
    return c


# -- article text ------------------------------------------------------------------------------------
_LOOKS_LIKE_HTML = re.compile(
    r"<\s*(?:html|body|p|div|span|br|h[1-6]|article|section|table|script|style|a|b|i)\b", re.I
)
_BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "article",
    "section",
    "title",
    "table",
    "ul",
    "ol",
    "blockquote",
    "header",
    "footer",
}


class _TextOfHTML(html.parser.HTMLParser):
    """Text of an HTML page, scripts and styles dropped, blocks separated. The standard parser reads
    broken HTML (unclosed tags, stray brackets) in one linear pass."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def article_text(raw: str) -> str:
    """The text to check in an article as read from a file: HTML is reduced to its text (scripts and
    styles dropped, paragraphs kept apart); plain text and Markdown pass unchanged."""
    if not _LOOKS_LIKE_HTML.search(raw[:100_000]):
        return raw
    parser = _TextOfHTML()
    parser.feed(raw)
    parser.close()
    return re.sub(r"[ \t]+", " ", "".join(parser.parts))
