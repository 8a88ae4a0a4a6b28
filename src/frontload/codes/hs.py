"""The Harmonized System nomenclature (HS 2022) with descriptions at every level.

Codes are strings of digits: 2 (chapter), 4 (heading), 6 (subheading) and, for
national tariff lines, 8, 10 or 11 digits (Census HS10, China's HS8, Taiwan's
11-digit CCC). International comparability stops at six digits, so national
lines are described by their HS6 parent. Source: the bundled
``data/harmonized_system/harmonized-system.csv`` (datasets/harmonized-system,
PDDL), completed with Comtrade's HS2017 list for codes HS 2022 dropped.
"""

from __future__ import annotations

import csv
import difflib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import UnknownProductError


@dataclass(frozen=True)
class HSCode:
    code: str
    description: str
    parent: str | None  # None for chapters
    level: int  # 2, 4 or 6
    section: str | None = None
    version: str = "HS2022"


def normalize(code: str | int) -> str:
    """Digits only: ``"8542.31"`` → ``"854231"``; an int loses its leading zero, so pad chapters 01–09.

    Raises UnknownProductError for text that is not a plausible HS code.
    """
    text = str(code).strip().replace(".", "").replace(" ", "")
    if isinstance(code, int) and len(text) % 2 == 1:
        text = "0" + text
    if not re.fullmatch(r"\d{2}(\d{2}){0,4}|\d{11}", text):
        raise UnknownProductError(code)
    return text


@cache
def _hs2022_text() -> str:
    path = resources.files("frontload").joinpath("data", "harmonized_system", "harmonized-system.csv")
    return path.read_text(encoding="utf-8")


def _hs2022_row(r: list[str], col: dict[str, int]) -> HSCode:
    parent = None if r[col["parent"]] == "TOTAL" else r[col["parent"]]
    return HSCode(r[col["hscode"]], r[col["description"]], parent, int(r[col["level"]]), r[col["section"]])


def _one(code: str) -> HSCode | None:
    """The HS 2022 code ``code`` read from its own line, without :func:`_table`: a command that names
    one product (``frontload brief``, ``stats … 8542``) needs that one, and building the whole table
    of 13,000 codes cost such a CLI process 20 ms of its 0.4 s. None when the line is not there (an
    HS2017-only code, a national line): :func:`_table` answers those.

    The code column is the second of the file (after the section's Roman numeral), so its line is the
    one where ``,CODE,`` follows the line's first field; the same text later on a line is a parent
    code or a description.
    """
    text = _hs2022_text()
    header = text[: text.index("\n")].split(",")
    if header[:2] != ["section", "hscode"]:
        return None
    needle = f",{code},"
    i = text.find(needle)
    while i != -1:
        start = text.rfind("\n", 0, i) + 1
        if not any(ch in text[start:i] for ch in ',"'):
            end = text.find("\n", i)
            row = next(csv.reader([text[start:] if end == -1 else text[start:end]]))
            return _hs2022_row(row, {name: j for j, name in enumerate(header)})
        i = text.find(needle, i + 1)
    return None


def _known(code: str) -> HSCode | None:
    """The code from the table if it is built (or must be), else from its line. The table holds
    codes of 2, 4 and 6 digits only: a national line is not looked for."""
    if len(code) > 6:
        return _table().get(code) if _table.cache_info().currsize else None
    if not _table.cache_info().currsize:
        one = _one(code)
        if one is not None:
            return one
    return _table().get(code)


@cache
def _table() -> dict[str, HSCode]:
    root = resources.files("frontload").joinpath("data")
    out: dict[str, HSCode] = {}
    # csv.reader with the columns looked up once: DictReader made this table (read by every
    # command that names a product) cost a CLI process about 0.1 s.
    text = _hs2022_text()
    rows = csv.reader(text.splitlines())
    col = {name: i for i, name in enumerate(next(rows))}
    for r in rows:
        entry = _hs2022_row(r, col)
        out[entry.code] = entry
    # Codes that existed in HS2017 but not HS2022 (so older data can still be described).
    old = root.joinpath("hs_concordance_unsd", "comtrade_commodity_list_H5_HS2017.csv").read_text(
        encoding="utf-8"
    )
    rows = csv.reader(old.splitlines())
    col = {name: i for i, name in enumerate(next(rows))}
    ident, txt, par = col["id"], col["text"], col["parent"]
    for r in rows:
        code = r[ident]
        if code in out or not code.isdigit() or len(code) not in (2, 4, 6):
            continue
        out[code] = HSCode(code, r[txt].split(" - ", 1)[-1], r[par] if len(code) > 2 else None, len(code),
                           None, "HS2017")
    return out


@cache
def _units() -> dict[str, str]:
    """Comtrade's standard quantity unit per HS6 code (u = items, kg)."""
    text = (
        resources.files("frontload")
        .joinpath("data", "hs_concordance_unsd", "comtrade_commodity_list_H6_HS2022.csv")
        .read_text(encoding="utf-8")
    )
    return {r["id"]: r["standardUnitAbbr"] for r in csv.DictReader(text.splitlines()) if len(r["id"]) == 6}


def exists(code: str) -> bool:
    return code in _table()


def get(code: str | int) -> HSCode:
    c = normalize(code)
    found = _known(c)
    if found is not None:
        return found
    base = _known(c[:6]) if len(c) > 6 else None
    if base is not None:
        return HSCode(c, f"{base.description} (national line {c})", c[:6], len(c), base.section, "national")
    raise UnknownProductError(code, [f"{k} {v.description[:40]}" for k, v in _close(c)])


def _close(code: str) -> list[tuple[str, HSCode]]:
    t = _table()
    for n in (len(code) - 2, 4, 2):
        if n >= 2 and code[:n] in t:
            return [(k, v) for k, v in t.items() if k.startswith(code[:n]) and len(k) == len(code)][:3]
    return []


def describe(code: str | int) -> str:
    """Description of a code; a short form (text after the last ';') for long HS6 names."""
    try:
        return get(code).description
    except UnknownProductError:
        return f"HS {code}"


def short(code: str) -> str:
    """A label that fits a table cell: ``854231`` → ``processors and controllers``."""
    desc = describe(code)
    if ";" in desc:
        desc = desc.split(";", 1)[1]
    return desc.split(",")[0].strip()


def level(code: str) -> int:
    return len(normalize(code))


def parent(code: str) -> str | None:
    c = normalize(code)
    return None if len(c) == 2 else get(c).parent or c[: len(c) - 2]


def chapters() -> list[str]:
    """The HS 2022 chapters (two-digit codes), in order: the top of the code tree, below which
    :func:`children` walks."""
    return sorted(k for k, v in _table().items() if len(k) == 2 and v.version == "HS2022")


def children(code: str) -> list[str]:
    """The codes one level below in HS 2022 (national lines are not listed)."""
    return list(_children().get(normalize(code), ()))


@cache
def _children() -> dict[str, tuple[str, ...]]:
    """Every HS 2022 code's children, sorted, from one pass over the table. The product picker asks
    for the children of each of the 97 chapters: a scan of the table each cost 0.7 ms, about 70 ms of
    the server's GIL for one cold ``/products`` (the same lists, in the same order)."""
    out: dict[str, list[str]] = {}
    for k, v in _table().items():
        if v.version == "HS2022" and v.parent is not None:
            out.setdefault(v.parent, []).append(k)
    return {p: tuple(sorted(ks)) for p, ks in out.items()}


def standard_unit(code: str) -> str | None:
    """Comtrade's standard quantity unit for an HS6 code ("u" items, "kg"), if it has one."""
    u = _units().get(normalize(code)[:6])
    return None if u in (None, "", "n/a") else u


def search(text: str, limit: int = 20) -> list[tuple[str, str]]:
    """Codes whose description contains every word of ``text`` (or whose code starts with it)."""
    text = text.strip()
    t = _table()
    if text.replace(".", "").isdigit():
        c = text.replace(".", "")
        return [(k, v.description) for k, v in sorted(t.items()) if k.startswith(c)][:limit]
    words = [w.lower() for w in re.findall(r"\w+", text)]
    hits = [
        (k, v.description)
        for k, v in sorted(t.items())
        if v.version == "HS2022" and all(w in v.description.lower() for w in words)
    ]
    if not hits:
        names = {v.description.lower(): k for k, v in t.items()}
        for m in difflib.get_close_matches(text.lower(), list(names), n=5, cutoff=0.5):
            hits.append((names[m], t[names[m]].description))
    return hits[:limit]
