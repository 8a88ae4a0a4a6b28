"""Records named against the series itself (claims11c): "a fresh high", "a new low", "breaking
records", "the lowest in the series", "the highest monthly figure in the data", "the smallest figure
since the series began in 2016". The store's monthly series start in November 2016, so a true
series extreme is consistent (an all-time record is not provable), and a month that is not the
extreme is contradicted. Figures from the raw KazooKat CSV (csv module, never through frontload);
sentences written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.claims import parse as P
from frontload.claims.verify import check_text

from .raw import TWN, D, bn, by_quote, highest_month, proc


@pytest.mark.parametrize(
    "words",
    [
        "a fresh high",
        "a new high",
        "the highest in the series",
        "the highest monthly figure in the data",
        "the largest monthly figure since the series began in 2016",
    ],
)
def test_the_series_peak_named_against_the_series_is_consistent(store, words):
    tw = proc(TWN)
    key, _, name = highest_month(tw)
    text = f"US processor imports from Taiwan reached {bn(tw[key])} in {name}, {words}."
    v = by_quote(check_text(store, text, D), words.removeprefix("the "))
    assert v.claim.comparison == "record" and v.verdict == "consistent", v.explanation


@pytest.mark.parametrize("words", ["a fresh low", "the lowest in the series"])
def test_the_series_peak_called_a_low_is_contradicted(store, words):
    tw = proc(TWN)
    key, _, name = highest_month(tw)
    text = f"US processor imports from Taiwan came to {bn(tw[key])} in {name}, {words}."
    v = by_quote(check_text(store, text, D), words.removeprefix("the "))
    assert v.claim.comparison == "record" and "low" in v.claim.notes and v.verdict == "contradicted", (
        v.explanation
    )


def test_a_month_below_the_peak_is_no_fresh_high(store):
    tw = proc(TWN)
    key, _, _ = highest_month(tw)
    lower = sorted((k for k in tw if k < key), key=lambda k: tw[k])[0]  # the lowest month before the peak
    name = dt.date(int(lower[:4]), int(lower[5:]), 1).strftime("%B %Y")
    text = f"US processor imports from Taiwan reached {bn(tw[lower])} in {name}, a fresh high."
    v = by_quote(check_text(store, text, D), "a fresh high")
    assert v.verdict == "contradicted", v.explanation


def test_keep_breaking_records_is_a_record_and_a_fresh_peak_of_a_share_is_not_read_as_a_value():
    assert P._RECORD.search("shipments keep breaking records") is not None
    assert P._RECORD.search("sales set a fresh peak") is not None
    assert P._RECORD.search("a fresh start for exporters") is None
