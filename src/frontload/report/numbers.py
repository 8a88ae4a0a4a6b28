"""How numbers are written: units always explicit, scale chosen like a trade desk would.

Money: ``USD 11.75 bn``, ``USD 845.3 m``, ``USD 12.4 k``; growth ``+41.5%``;
shares ``27.3%``; streaks ``5 months``. ``None`` prints as ``n/a`` — but the
brief avoids printing figures it does not have.
"""

from __future__ import annotations

import math
import re


def fmt_money(value: float, currency: str = "USD") -> str:
    a = abs(value)
    if a >= 1e12:
        s = f"{value / 1e12:.2f} tn"
    elif a >= 1e9:
        s = f"{value / 1e9:.2f} bn"
    elif a >= 1e6:
        s = f"{value / 1e6:.1f} m"
    elif a >= 1e3:
        s = f"{value / 1e3:.1f} k"
    else:
        s = f"{value:.0f}"
    return f"{currency} {s}"


def fmt_pct(value: float, *, signed: bool = False) -> str:
    s = f"{value:+.1f}%" if signed else f"{value:.1f}%"
    return s.replace("-", "−")


def fmt_value(value: float | None, unit: str, *, signed: bool = False) -> str:
    """Format a value in its unit (USD, %, pp, months, USD/u, USD/kg, count)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "n/a"
    if unit == "USD":
        return fmt_money(value)
    if unit == "%":
        return fmt_pct(value, signed=signed)
    if unit == "pp":
        return f"{value:+.1f} pp".replace("-", "−")
    if unit == "months":
        n = int(value)
        return f"{n} month" + ("" if n == 1 else "s")
    if unit.startswith("USD/"):
        return f"USD {value:,.2f}/{unit.split('/', 1)[1]}"
    if unit == "count":
        return f"{int(value):,}"
    scaled = _SCALED.match(unit)
    if scaled:  # "USD bn" as reported: written as our own money figures are ("USD 9.61 bn")
        scale = _SCALE_WORDS.get(scaled["scale"], scaled["scale"])
        return f"{scaled['cur']} {value:,.2f} {scale}".replace("-", "−")
    return f"{value:,.2f} {unit}"


_SCALED = re.compile(r"^(?P<cur>USD|CNY|EUR|JPY|KRW|TWD) (?P<scale>tn|bn|billion|mn|m|million|k)$")
_SCALE_WORDS = {"billion": "bn", "mn": "m", "million": "m"}
