"""How numbers are written: units always explicit, scale chosen like a trade desk would.

Money: ``USD 11.75 bn``, ``USD 845.3 m``, ``USD 12.4 k``; growth ``+41.5%``;
shares ``27.3%``; streaks ``5 months``. ``None`` prints as ``n/a`` — but the
brief avoids printing figures it does not have.
"""

from __future__ import annotations

import math


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
    return f"{value:,.2f} {unit}"
