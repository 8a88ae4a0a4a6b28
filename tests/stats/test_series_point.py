"""Point.of, the query layer's fast constructor, makes what the dataclass constructor makes."""

from __future__ import annotations

import dataclasses
import datetime as dt
import inspect
import pickle

from frontload.stats.series import Point


def test_point_of_is_the_constructors_point():
    args = dict(
        period=dt.date(2025, 3, 1),
        months=2,
        value=-1.5,
        fetch_ids=("a", "b"),
        rows=3,
        qty=2.0,
        qty_unit="kg",
        vintage=dt.datetime(2026, 1, 1, tzinfo=dt.UTC),
    )
    fast, slow = Point.of(**args), Point(**args)
    assert fast == slow and hash(fast) == hash(slow)
    assert vars(fast) == vars(slow) and (fast.start, fast.end, fast.label) == (
        slow.start,
        slow.end,
        slow.label,
    )
    assert pickle.loads(pickle.dumps(fast)) == slow and dataclasses.asdict(fast) == dataclasses.asdict(slow)
    # a field added to Point must be added to Point.of too (it sets every field, defaults included)
    assert list(inspect.signature(Point.of).parameters) == [f.name for f in dataclasses.fields(Point)]
    try:
        fast.value = 0.0  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("Point.of's point must stay frozen")
