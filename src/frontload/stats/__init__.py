"""Headline statistics: pure functions of :class:`Series` that return :class:`Figure` objects.

``from frontload import stats`` then ``stats.yoy(series, date(2024, 10, 1))``.
Each function returns None when the data cannot support the figure.
"""

from .headline import (
    Headline,
    annual,
    growth_pct,
    headline,
    mom,
    monthly,
    quarterly,
    record,
    rolling,
    rolling_yoy,
    round_thresholds,
    streak,
    value,
    yoy,
    ytd,
    ytd_yoy,
)
from .series import Figure, Point, Provenance, Series, Span
from .shares import ShareItem, ShareTable, breakdown, mirror_gap, partner_shares, unit_value, world_share

__all__ = [
    "Figure",
    "Headline",
    "Point",
    "Provenance",
    "Series",
    "ShareItem",
    "ShareTable",
    "Span",
    "annual",
    "breakdown",
    "growth_pct",
    "headline",
    "mirror_gap",
    "mom",
    "monthly",
    "partner_shares",
    "quarterly",
    "record",
    "rolling",
    "rolling_yoy",
    "round_thresholds",
    "streak",
    "unit_value",
    "value",
    "world_share",
    "yoy",
    "ytd",
    "ytd_yoy",
]
