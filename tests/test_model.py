"""Periods and the span primitive the statistics stand on."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from frontload.errors import QueryError
from frontload.model import FlowKey, add_months, parse_period, period_label
from frontload.stats.series import Point, Series

KEY = FlowKey("USA", "CHN", "M", "854231")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024", (dt.date(2024, 1, 1), "A")),
        ("2024-10", (dt.date(2024, 10, 1), "M")),
        ("202410", (dt.date(2024, 10, 1), "M")),
        ("2024Q3", (dt.date(2024, 7, 1), "Q")),
        ("2024-q4", (dt.date(2024, 10, 1), "Q")),
    ],
)
def test_parse_period(text, expected):
    assert parse_period(text) == expected


@pytest.mark.parametrize("bad", ["24-10", "2024-13", "October", ""])
def test_parse_period_rejects(bad):
    with pytest.raises(QueryError, match=r"period|month"):
        parse_period(bad)


def test_labels():
    assert period_label(dt.date(2024, 10, 1), 1) == "Oct 2024"
    assert period_label(dt.date(2024, 1, 1), 2) == "Jan–Feb 2024"
    assert period_label(dt.date(2024, 7, 1), 3) == "Q3 2024"
    assert period_label(dt.date(2024, 1, 1), 12) == "2024"
    assert period_label(dt.date(2024, 1, 1), 10) == "Jan–Oct 2024"
    assert period_label(dt.date(2024, 11, 1), 4) == "Nov 2024–Feb 2025"


def monthly(values: dict[tuple[int, int], float]) -> Series:
    return Series(KEY, "test", "M", tuple(
        Point(dt.date(y, m, 1), 1, v, ("f",)) for (y, m), v in values.items()))


def test_value_over_refuses_gaps_and_straddling_points():
    s = monthly({(2024, 1): 1.0, (2024, 2): 2.0, (2024, 4): 4.0})
    assert s.value_over(dt.date(2024, 1, 1), 2).value == 3.0
    assert s.value_over(dt.date(2024, 1, 1), 4) is None  # March missing
    jf = Series(KEY, "test", "M", (Point(dt.date(2024, 1, 1), 2, 3.0),
                                   Point(dt.date(2024, 3, 1), 1, 5.0)))
    assert jf.value_over(dt.date(2024, 2, 1), 1) is None  # inside the combined release
    assert jf.value_over(dt.date(2024, 1, 1), 1) is None
    assert jf.value_over(dt.date(2024, 1, 1), 3).value == 8.0
    assert jf.last == dt.date(2024, 3, 1)


def test_native_annual_point_is_used_directly():
    s = Series(KEY, "test", "A", (Point(dt.date(2024, 1, 1), 12, 100.0),))
    span = s.value_over(dt.date(2024, 1, 1), 12)
    assert span is not None and span.value == 100.0 and len(span.points) == 1
    assert s.value_over(dt.date(2024, 1, 1), 6) is None


@given(
    st.lists(st.floats(min_value=0, max_value=1e12, allow_nan=False), min_size=24, max_size=24),
    st.integers(min_value=1, max_value=23),
)
def test_adjacent_spans_add_up(values, cut):
    s = monthly({(2023 + i // 12, i % 12 + 1): v for i, v in enumerate(values)})
    start = dt.date(2023, 1, 1)
    whole = s.value_over(start, 24)
    left = s.value_over(start, cut)
    right = s.value_over(add_months(start, cut), 24 - cut)
    assert whole is not None and left is not None and right is not None
    assert whole.value == pytest.approx(left.value + right.value, rel=1e-12, abs=1e-6)
