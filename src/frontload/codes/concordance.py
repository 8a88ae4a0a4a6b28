"""HS version concordance (HS2012 ↔ HS2017 ↔ HS2022) from the UNSD correlation tables.

Why it matters here: a series that runs across an HS revision can change
meaning. The 8542 subheadings map 1:1 by code from HS2017 to HS2022, but UNSD
marks them n:1 / n:n because HS2022 created heading 8549 (e-waste) from several
HS2017 codes; between HS2012 and HS2017 the multi-component IC note (MCOs)
linked 8542 to many chapter 84/85/90 codes. :func:`links` exposes the table and
:func:`is_stable` tells whether a code kept its identity across versions (same
code, and the relationship is 1:1 or only picks up other codes at the margin).
Source: ``data/hs_concordance_unsd/hs_correlation_2022_2017_2012.csv``.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ..errors import CodeError
from .hs import normalize

VERSIONS = ("HS2012", "HS2017", "HS2022")
_STEP = {("HS2022", "HS2017"): "2022 to 2017", ("HS2017", "HS2012"): "2017 to 2012"}


@dataclass(frozen=True)
class Link:
    newer: str  # code in the newer version
    older: str  # code in the older version
    relationship: str  # 1:1, 1:n, n:1, n:n
    step: str  # "2022 to 2017" or "2017 to 2012"


@cache
def _links() -> tuple[Link, ...]:
    text = (
        resources.files("frontload")
        .joinpath("data", "hs_concordance_unsd", "hs_correlation_2022_2017_2012.csv")
        .read_text(encoding="utf-8")
    )
    # The source stores codes as numbers, so chapters 01–09 lost their leading zero.
    return tuple(
        Link(r["code.after"].zfill(6), r["code.before"].zfill(6), r["Relationship"], r["adjustment"])
        for r in csv.DictReader(text.splitlines())
    )


def links(code: str, source: str = "HS2022", target: str = "HS2017") -> list[Link]:
    """The correlation-table rows linking an HS6 ``code`` in ``source`` to codes in ``target``.

    Adjacent versions only, either direction; for HS2022 → HS2012 chain two calls.
    """
    c = normalize(code)
    if len(c) != 6:
        raise CodeError(f"concordances are defined for six-digit codes, not {code!r}")
    if (source, target) in _STEP:
        step = _STEP[(source, target)]
        return [lk for lk in _links() if lk.step == step and lk.newer == c]
    if (target, source) in _STEP:
        step = _STEP[(target, source)]
        return [lk for lk in _links() if lk.step == step and lk.older == c]
    raise CodeError(
        f"no direct concordance from {source} to {target}",
        hint=f"versions are {', '.join(VERSIONS)}; convert one step at a time",
    )


def convert(code: str, source: str = "HS2022", target: str = "HS2017") -> list[str]:
    """Codes in ``target`` that correspond to ``code`` in ``source`` (sorted, unique)."""
    out = {lk.older if (source, target) in _STEP else lk.newer for lk in links(code, source, target)}
    return sorted(out)


def is_stable(code: str, source: str = "HS2022", target: str = "HS2017") -> bool:
    """True if the same code exists on both sides, so a series may be read across the change.

    The relationship can still be n:1 or n:n (other codes moved in or out at the
    margin); callers print a note in that case via :func:`caveat`.
    """
    return normalize(code) in convert(code, source, target)


def caveat(code: str, source: str = "HS2022", target: str = "HS2017") -> str | None:
    """A one-line warning when a code's content changed between versions, else None."""
    ls = links(code, source, target)
    if not ls:
        return f"HS {code} has no counterpart between {source} and {target}"
    rel = {lk.relationship for lk in ls}
    if rel == {"1:1"}:
        return None
    others = sorted({lk.older if (source, target) in _STEP else lk.newer for lk in ls} - {normalize(code)})
    if not others and rel <= {"1:1", "n:1"}:
        return None
    return (
        f"HS {code} is linked {'/'.join(sorted(rel))} between {source} and {target}"
        + (f" (also {', '.join(others[:5])}{'…' if len(others) > 5 else ''})" if others else "")
        + ": values across the change may not be fully comparable"
    )
