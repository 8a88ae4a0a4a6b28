"""The country crosswalk: ISO3 is frontload's canonical code for every economy.

Trade sources each number countries their own way. UN Comtrade uses M49-based
codes that differ from ISO 3166 numeric for a handful of reporters (842 is the
USA incl. Puerto Rico, 251 France incl. Monaco, 699 India, 757 Switzerland,
579 Norway) and hides Taiwan as 490 "Other Asia, nes". The US Census Bureau uses
its own four-digit schedule C codes (5700 China, 5830 Taiwan). Taiwan's customs
files name destinations in Traditional Chinese. Journalists write "the U.S." or
"Beijing". This module maps all of them onto ISO3 (plus the pseudo-codes WLD for
the world total and EU for the European Union) and back, from the bundled
reference lists (``data/comtrade_country_codes``, ``data/us_tariff_tracker_*``,
``data/taiwan_customs_*``), so that no loader hard-codes a country number.
"""

from __future__ import annotations

import csv
import difflib
import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

from ..errors import CodeError, UnknownCountryError

WORLD = "WLD"
TAIWAN = "TWN"
UNSPECIFIED = "ZZZ"  # "other countries" / areas not elsewhere specified

# Comtrade codes whose ISO3 the reference list leaves empty or that we must pin.
_COMTRADE_PINNED = {0: WORLD, 490: TAIWAN, 842: "USA", 251: "FRA", 699: "IND", 757: "CHE", 579: "NOR"}

# Names people actually write, beyond the official ones. Lower-cased, no punctuation.
_ALIASES: dict[str, str] = {
    "us": "USA",
    "u s": "USA",
    "usa": "USA",
    "u s a": "USA",
    "united states": "USA",
    "america": "USA",
    "the us": "USA",
    "the u s": "USA",
    "the united states": "USA",
    "washington": "USA",
    "united states of america": "USA",
    "美國": "USA",
    "美国": "USA",
    "china": "CHN",
    "prc": "CHN",
    "mainland china": "CHN",
    "beijing": "CHN",
    "chinese mainland": "CHN",
    "people s republic of china": "CHN",
    "china mainland": "CHN",
    "中國大陸": "CHN",
    "中国大陆": "CHN",
    "中國": "CHN",
    "中国": "CHN",
    "taiwan": "TWN",
    "taipei": "TWN",
    "chinese taipei": "TWN",
    "republic of china": "TWN",
    "other asia nes": "TWN",
    "other asia not elsewhere specified": "TWN",
    "臺灣": "TWN",
    "台灣": "TWN",
    "台湾": "TWN",
    "separate customs territory of taiwan penghu kinmen and matsu": "TWN",
    "hong kong": "HKG",
    "hong kong china": "HKG",
    "china hong kong special administrative region": "HKG",
    "hong kong sar": "HKG",
    "hongkong": "HKG",
    "香港": "HKG",
    "china hong kong sar": "HKG",
    "macao": "MAC",
    "macau": "MAC",
    "china macao sar": "MAC",
    "south korea": "KOR",
    "korea": "KOR",
    "republic of korea": "KOR",
    "korea republic of": "KOR",
    "korea south": "KOR",
    "korea rep": "KOR",
    "rep korea": "KOR",
    "seoul": "KOR",
    "南韓": "KOR",
    "韓國": "KOR",
    "韩国": "KOR",
    "rep of korea": "KOR",
    "north korea": "PRK",
    "japan": "JPN",
    "tokyo": "JPN",
    "日本": "JPN",
    "vietnam": "VNM",
    "viet nam": "VNM",
    "越南": "VNM",
    "malaysia": "MYS",
    "馬來西亞": "MYS",
    "马来西亚": "MYS",
    "singapore": "SGP",
    "新加坡": "SGP",
    "netherlands": "NLD",
    "the netherlands": "NLD",
    "holland": "NLD",
    "荷蘭": "NLD",
    "荷兰": "NLD",
    "germany": "DEU",
    "德國": "DEU",
    "德国": "DEU",
    "philippines": "PHL",
    "菲律賓": "PHL",
    "thailand": "THA",
    "泰國": "THA",
    "india": "IND",
    "印度": "IND",
    "mexico": "MEX",
    "墨西哥": "MEX",
    "canada": "CAN",
    "加拿大": "CAN",
    "uk": "GBR",
    "united kingdom": "GBR",
    "britain": "GBR",
    "great britain": "GBR",
    "russia": "RUS",
    "russian federation": "RUS",
    "turkey": "TUR",
    "turkiye": "TUR",
    "israel": "ISR",
    "以色列": "ISR",
    "switzerland": "CHE",
    "france": "FRA",
    "ireland": "IRL",
    "italy": "ITA",
    "united states virgin islands": "VIR",
    "north macedonia": "MKD",
    "eswatini": "SWZ",
    "ivory coast": "CIV",
    "brunei": "BRN",
    "east timor": "TLS",
    "netherlands antilles": "ANT",
    "republic of the congo": "COG",
    "reunion": "REU",
    "micronesia": "FSM",
    "kosovo": "XKX",
    "others": UNSPECIFIED,
    "其他國家": UNSPECIFIED,
    "areas nes": UNSPECIFIED,
    "world": WORLD,
    "the world": WORLD,
    "all partners": WORLD,
    "global": WORLD,
    "total": WORLD,
    "世界": WORLD,
    "全球": WORLD,
    "eu": "EU",
    "european union": "EU",
    "eu 27": "EU",
    "eu27": "EU",
}

# Census schedule C codes the FRB Atlanta short list may omit; the bundled HS10 files use these.
_CENSUS_PINNED = {
    "5700": "CHN",
    "5830": "TWN",
    "5800": "KOR",
    "5880": "JPN",
    "5570": "MYS",
    "5520": "VNM",
    "5590": "SGP",
    "5490": "THA",
    "5650": "PHL",
    "5330": "IND",
    "2010": "MEX",
    "1220": "CAN",
    "0000": WORLD,
    "5820": "HKG",
}


@dataclass(frozen=True)
class Country:
    """One economy and its codes in each system frontload reads."""

    iso3: str
    name: str
    iso2: str | None = None
    m49: int | None = None  # ISO 3166 numeric / M49
    comtrade: int | None = None  # UN Comtrade reporter/partner code (may differ from m49)
    census: str | None = None  # US Census schedule C code
    names: tuple[str, ...] = field(default=(), compare=False)  # other spellings seen in sources


_PUNCTUATION = str.maketrans({c: " " for c in ".,'’()-_/"})


def _norm(text: str) -> str:
    # str.translate and split/join rather than two re.sub: the crosswalk normalises 1,600 names as it
    # is built, and this is a third of the time (the same text: split() splits on what \s matches)
    return " ".join(text.strip().lower().replace("&", " and ").translate(_PUNCTUATION).split())


def _data(*parts: str) -> str:
    return _data_root().joinpath(*parts).read_text(encoding="utf-8-sig")


@cache
def _data_root() -> Any:
    """The bundled data folder, found once: each ``resources.files`` call costs 0.3 ms, five a crosswalk."""
    return resources.files("frontload").joinpath("data")


def _iso_base() -> dict[str, dict[str, Any]]:
    """ISO 3166 countries with display names, plus frontload's pseudo-codes."""
    # csv.reader with the four columns looked up once: DictReader built a dict of all twenty per row
    rows = csv.reader(_data("comtrade_country_codes", "country-codes.csv").splitlines())
    header = next(rows)
    cols = [header.index(c) for c in ("name", "ISO3166-1-Alpha-2", "ISO3166-1-Alpha-3", "ISO3166-1-numeric")]
    base: dict[str, dict[str, Any]] = {}
    for r in rows:
        name, iso2, iso3, num = (r[i] if i < len(r) else "" for i in cols)  # DictReader's None: short row
        iso3, num = iso3.strip(), num.strip()
        if not iso3:
            continue
        base[iso3] = {
            "name": name.strip(),
            "iso2": iso2 or None,
            "m49": int(num) if num.isdigit() else None,
            "names": {name.strip()},
        }
    base[WORLD] = {"name": "World", "iso2": None, "m49": None, "names": {"World"}}
    base[UNSPECIFIED] = {"name": "Areas not specified", "iso2": None, "m49": None, "names": set()}
    base["XKX"] = {"name": "Kosovo", "iso2": "XK", "m49": None, "names": set()}
    base.setdefault("ANT", {"name": "Netherlands Antilles", "iso2": "AN", "m49": 530, "names": set()})
    base["EU"] = {"name": "European Union", "iso2": "EU", "m49": None, "names": {"European Union"}}
    base.setdefault(TAIWAN, {"name": "Taiwan", "iso2": "TW", "m49": 158, "names": set()})
    base[TAIWAN]["name"] = "Taiwan"
    # Short display names for the economies the brief talks about most.
    for iso3, short in {
        "USA": "United States",
        "GBR": "United Kingdom",
        "KOR": "South Korea",
        "VNM": "Vietnam",
        "RUS": "Russia",
        "HKG": "Hong Kong",
        "MAC": "Macao",
        "IRN": "Iran",
        "CZE": "Czechia",
        "PRK": "North Korea",
        "TUR": "Türkiye",
        "NLD": "Netherlands",
        "LAO": "Laos",
        "SYR": "Syria",
        "TZA": "Tanzania",
        "BOL": "Bolivia",
        "VEN": "Venezuela",
        "MDA": "Moldova",
    }.items():
        if iso3 in base:
            base[iso3]["names"].add(base[iso3]["name"])
            base[iso3]["name"] = short
    return base


def _comtrade_codes(base: dict[str, dict[str, Any]]) -> dict[int, str]:
    """Comtrade code → ISO3; adds Comtrade's spellings to ``base`` names."""
    comtrade: dict[int, str] = dict(_COMTRADE_PINNED)
    by_num = {b["m49"]: k for k, b in base.items() if b["m49"] is not None}
    for r in csv.DictReader(_data("comtrade_country_codes", "isoCodes.csv").splitlines()):
        code = int(r["unCode"])
        iso3 = _COMTRADE_PINNED.get(code) or (r.get("iso3letter") or "").strip()
        if not iso3 or iso3 == "NULL":
            continue
        if iso3 not in base and (r.get("isoNumerical") or "").strip() == str(code) and code in by_num:
            # Comtrade's legacy letters for a current country (ROM Romania, ARB Aruba, TMP Timor-Leste):
            # the ISO 3166 code of the same number, so Comtrade rows meet every other source's.
            iso3 = by_num[code]
        comtrade.setdefault(code, iso3)
        if iso3 in base:
            base[iso3]["names"].add(r["name"])
    for area in json.loads(_data("comtrade_country_codes", "partnerAreas.json"))["results"]:
        if area["id"].isdigit() and int(area["id"]) in comtrade:
            iso3 = comtrade[int(area["id"])]
            if iso3 in base:
                base[iso3]["names"].add(area["text"])
    return comtrade


@cache
def _registry() -> tuple[dict[str, Country], dict[str, str], dict[int, str], dict[str, str]]:
    """Build the crosswalk once: countries by ISO3, names → ISO3, Comtrade → ISO3, Census → ISO3."""
    base = _iso_base()
    comtrade = _comtrade_codes(base)
    census: dict[str, str] = {}
    mapping = _data("us_tariff_tracker_tradewartracker", "CensusCountryMapping_FRBAtl_short.csv")
    for r in csv.DictReader(mapping.splitlines()):
        census[r["CTY_CODE"].strip().zfill(4)] = r["ISO3"].strip()
    census.update(_CENSUS_PINNED)

    names: dict[str, str] = {}
    tw_names = json.loads(_data("taiwan_customs_8542_exports_by_destination", "country_name_map_full.json"))

    countries: dict[str, Country] = {}
    inv_comtrade: dict[str, int] = {}
    for code, iso3 in sorted(comtrade.items()):
        # Prefer the code a country reports under (842 over 840-like duplicates): the first wins
        # except for pinned codes, which always win.
        if iso3 not in inv_comtrade or code in _COMTRADE_PINNED:
            inv_comtrade[iso3] = code
    inv_census: dict[str, str] = {}
    for ccode, ciso in sorted(census.items()):
        inv_census.setdefault(ciso, ccode)
    for ccode, ciso in _CENSUS_PINNED.items():
        inv_census[ciso] = ccode
    for iso3, b in base.items():
        countries[iso3] = Country(
            iso3=iso3,
            name=str(b["name"]),
            iso2=b["iso2"] or None,
            m49=b["m49"],
            comtrade=inv_comtrade.get(iso3),
            census=inv_census.get(iso3),
            names=tuple(sorted(b["names"])),
        )
        for n in (iso3, countries[iso3].name, *countries[iso3].names):
            names.setdefault(_norm(n), iso3)
        if countries[iso3].iso2:
            names.setdefault(_norm(countries[iso3].iso2 or ""), iso3)
    # English names from Taiwan's map resolve through the names gathered so far.
    for zh, en in tw_names.items():
        found = names.get(_norm(en)) or _ALIASES.get(_norm(en))
        if found:
            names.setdefault(_norm(zh), found)
    for alias, iso3 in _ALIASES.items():
        names[_norm(alias)] = iso3
    return countries, names, comtrade, census


def country(text: str | int) -> Country:
    """The country named by any code or name frontload knows; UnknownCountryError otherwise."""
    countries, names, _, _ = _registry()
    key = str(text).strip()
    if key.upper() in countries:
        return countries[key.upper()]
    iso3 = names.get(_norm(key))
    if iso3 and iso3 in countries:
        return countries[iso3]
    if key.isascii() and key.isdigit():  # "²".isdigit() is True, and int("²") fails
        return countries[from_comtrade(int(key))]
    choices = sorted({countries[i].name for i in names.values() if i in countries})
    suggestions = difflib.get_close_matches(key.title(), choices, n=3, cutoff=0.6)
    raise UnknownCountryError(key, suggestions)


def iso3(text: str | int) -> str:
    """ISO3 code (or WLD / EU) for a code or name: ``iso3("the U.S.") == "USA"``.

    A name people write (:data:`_ALIASES`) is answered without building the crosswalk, about 9 ms of
    a CLI command such as ``frontload stats USA Taiwan …`` (issue 13): the crosswalk gives an alias
    the last word, unless the text is itself a code (two or three letters), which is why those
    pass only when the alias names that same code.
    """
    if isinstance(text, str):
        key = text.strip()
        hit = _normed_aliases().get(_norm(key))
        if hit is not None and (len(key) not in (2, 3) or key.upper() == hit):
            return hit
    return country(text).iso3


@cache
def _normed_aliases() -> dict[str, str]:
    return {_norm(alias): code for alias, code in _ALIASES.items()}


def name(code: str) -> str:
    """Display name for an ISO3 code; the code itself for an unknown one (never fails in a report)."""
    countries = _registry()[0]
    return countries[code].name if code in countries else code


def from_comtrade(code: int | str) -> str:
    """ISO3 for a UN Comtrade reporter/partner code (842 → USA, 490 → TWN, 0 → WLD)."""
    table = _registry()[2]
    try:
        return table[int(code)]
    except (KeyError, ValueError):
        raise CodeError(
            f"unknown UN Comtrade country code {code!r}",
            hint="see data/comtrade_country_codes/isoCodes.csv for the codes frontload knows",
        ) from None


def to_comtrade(iso: str) -> int:
    """UN Comtrade code for an ISO3 code (USA → 842, TWN → 490)."""
    c = country(iso)
    if c.comtrade is None:
        raise CodeError(f"{c.name} ({c.iso3}) has no UN Comtrade code")
    return c.comtrade


def from_census(code: str | int) -> str:
    """ISO3 for a US Census schedule C country code (5700 → CHN, 5830 → TWN)."""
    table = _registry()[3]
    key = str(code).strip().zfill(4)
    if key not in table:
        raise CodeError(
            f"unknown US Census country code {code!r}",
            hint="Census codes are four digits, e.g. 5700 for China",
        )
    return table[key]


def to_census(iso: str) -> str:
    """US Census schedule C code for an ISO3 code (CHN → '5700')."""
    c = country(iso)
    if c.census is None:
        raise CodeError(f"{c.name} ({c.iso3}) has no US Census country code")
    return c.census


def all_countries() -> list[Country]:
    return sorted(_registry()[0].values(), key=lambda c: c.iso3)
