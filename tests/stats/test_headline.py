"""Headline statistics against expectations computed from the raw bundled CSVs.

Each expected number is derived here with plain Python from the file rows (see
conftest.raw_kazookat and read_csv), then compared with what frontload computes
through the store, the query layer and the statistics.
"""

from __future__ import annotations

import datetime as dt

import pytest

from frontload import api, stats
from frontload.model import FlowKey
from frontload.stats import Point, Series

from ..conftest import DATA, raw_kazookat, read_csv

D = dt.date


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def prev_months(y: int, m: int, n: int) -> list[str]:
    out = []
    for k in range(n):
        i = y * 12 + m - 1 - k
        out.append(ym(i // 12, i % 12 + 1))
    return out


@pytest.fixture(scope="module")
def us_cpu_world():
    return raw_kazookat("USA", "M", "0", "854231")


@pytest.fixture()
def s_cpu(store):
    return api.get_series(store, "USA", "World", "854231")


def test_latest_month_value_yoy_mom(s_cpu, us_cpu_world):
    raw = us_cpu_world
    last = max(raw)
    y, m = int(last[:4]), int(last[5:])
    assert s_cpu.last == D(y, m, 1)
    v = stats.value(s_cpu, D(y, m, 1))
    assert v.value == pytest.approx(raw[last])
    assert v.unit == "USD" and v.fetch_ids and v.rows == 1
    g = stats.yoy(s_cpu, D(y, m, 1))
    assert g.value == pytest.approx((raw[last] / raw[ym(y - 1, m)] - 1) * 100)
    assert g.detail["previous_period"] == f"{D(y - 1, m, 1):%b} {y - 1}"
    prev = prev_months(y, m, 2)[1]
    assert stats.mom(s_cpu, D(y, m, 1)).value == pytest.approx((raw[last] / raw[prev] - 1) * 100)


def test_ytd_and_ytd_yoy(s_cpu, us_cpu_world):
    raw = us_cpu_world
    y, m = 2026, 7
    cur = sum(raw[ym(y, k)] for k in range(1, m + 1))
    prev = sum(raw[ym(y - 1, k)] for k in range(1, m + 1))
    assert stats.ytd(s_cpu, D(y, m, 1)).value == pytest.approx(cur)
    assert stats.ytd(s_cpu, D(y, m, 1)).rows == m
    assert stats.ytd_yoy(s_cpu, D(y, m, 1)).value == pytest.approx((cur / prev - 1) * 100)


@pytest.mark.parametrize("window", [3, 12])
def test_rolling_sums(s_cpu, us_cpu_world, window):
    raw = us_cpu_world
    expect = sum(raw[k] for k in prev_months(2026, 7, window))
    assert stats.rolling(s_cpu, D(2026, 7, 1), window).value == pytest.approx(expect)
    before = sum(raw[k] for k in prev_months(2025, 7, window))
    assert stats.rolling_yoy(s_cpu, D(2026, 7, 1), window).value == pytest.approx((expect / before - 1) * 100)


def test_quarterly_and_annual_sums(s_cpu, us_cpu_world):
    raw = us_cpu_world
    q = {sp.label: sp.value for sp in stats.quarterly(s_cpu)}
    assert q["Q2 2026"] == pytest.approx(sum(raw[ym(2026, k)] for k in (4, 5, 6)))
    assert "Q3 2026" not in q  # only July is in the data
    a = {sp.label: sp.value for sp in stats.annual(s_cpu)}
    assert a["2024"] == pytest.approx(sum(raw[ym(2024, k)] for k in range(1, 13)))
    assert "2016" not in a and "2026" not in a  # the data start in Nov 2016 and end in Jul 2026
    assert set(a) == {str(y) for y in range(2017, 2026)}


def test_streak_counts_months_strictly_above(s_cpu, us_cpu_world):
    raw = us_cpu_world
    threshold = 2e9
    n = 0
    for k in prev_months(2026, 7, 200):
        if k not in raw or not raw[k] > threshold:
            break
        n += 1
    f = stats.streak(s_cpu, threshold, end=D(2026, 7, 1))
    assert f.value == n and n > 3
    # A threshold equal to the latest value is not "above".
    assert stats.streak(s_cpu, raw["2026-07"], end=D(2026, 7, 1)) is None


def test_record_names_the_last_higher_month(s_cpu, us_cpu_world):
    raw = us_cpu_world
    keys = sorted(raw)
    # Find, by brute force, a month that beats at least the three before it.
    for k in reversed(keys):
        i = keys.index(k)
        earlier = keys[:i]
        higher = [e for e in earlier if raw[e] > raw[k]]
        run = i - (keys.index(higher[-1]) + 1) if higher else i
        if run >= 3:
            break
    y, m = int(k[:4]), int(k[5:])
    f = stats.record(s_cpu, D(y, m, 1))
    # It beats the months before it, so it is a high, named by the last higher month.
    assert f is not None and f.detail["kind"] == "high"
    if higher:
        hy, hm = int(higher[-1][:4]), int(higher[-1][5:])
        assert f.detail["since"] == f"{D(hy, hm, 1):%b} {hy}"
    else:
        assert "on record" in f.detail["text"]


def test_missing_months_make_figures_unavailable(store):
    """US imports of memories from Vietnam: Comtrade has no rows for Mar and Oct 2020."""
    raw = raw_kazookat("USA", "M", "704", "854232")
    assert "2020-03" not in raw and "2020-10" not in raw
    s = api.get_series(store, "USA", "Vietnam", "854232")
    assert stats.value(s, D(2020, 3, 1)) is None
    assert stats.yoy(s, D(2021, 3, 1)) is None  # base month missing
    assert stats.mom(s, D(2020, 4, 1)) is None
    assert stats.ytd(s, D(2020, 12, 1)) is None
    assert all(sp.label != "2020" for sp in stats.annual(s))
    assert stats.value(s, D(2020, 4, 1)).value == pytest.approx(raw["2020-04"])
    # A streak ending after the gap stops at it and says so.
    small = min(raw[k] for k in raw if "2020-04" <= k <= "2020-09") * 0.5
    f = stats.streak(s, small, end=D(2020, 9, 1))
    assert f.value == 6 and f.detail["stopped_by"] == "missing month"


def test_flagship_annual_growth_from_the_raw_comtrade_file(store):
    rows = read_csv(
        DATA
        / "comtrade_china_imports_from_us_8542_annual"
        / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
    )
    totals = {
        int(r["refYear"]): float(r["primaryValue"])
        for r in rows
        if r["partner2Code"] == "0" and r["motCode"] == "0" and r["customsCode"] == "C00"
    }
    # The partner2Code breakdown rows (2015–2017) would double count if summed.
    assert sum(float(r["primaryValue"]) for r in rows if r["refYear"] == "2016") > totals[2016] * 1.5
    s = api.get_series(store, "China", "the U.S.", "integrated circuits", freq="A")
    assert stats.value(s, D(2024, 1, 1), 12).value == totals[2024] == 11_754_177_020
    assert stats.value(s, D(2016, 1, 1), 12).value == totals[2016]
    g = stats.yoy(s, D(2024, 1, 1), 12)
    assert g.value == pytest.approx((totals[2024] / totals[2023] - 1) * 100)
    assert round(g.value, 1) == 41.5


def test_partner_shares_sum_with_residual(store, us_cpu_world):
    world = api.get_series(store, "USA", "World", "854231")
    partners = api.get_series_by(
        store, "partner", ["TWN", "MYS", "VNM", "KOR", "CHN", "JPN"], "USA", "World", "854231"
    )
    t = stats.partner_shares(world, partners, D(2026, 1, 1), 7)
    raw_tw = raw_kazookat("USA", "M", "490", "854231")
    tw = sum(raw_tw[ym(2026, k)] for k in range(1, 8))
    tot = sum(us_cpu_world[ym(2026, k)] for k in range(1, 8))
    assert t.share_of("TWN").share_pct == pytest.approx(tw / tot * 100)
    assert t.total == pytest.approx(tot)
    assert t.residual == pytest.approx(tot - sum(i.value for i in t.items))
    assert t.residual >= 0  # six partners cannot exceed the World


def test_world_share_lists_reporters(store):
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )
    y2023 = {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == "2023"}
    by_rep = api.get_series_by(
        store, "reporter", None, "*", "World", "8542", flow="X", freq="A", source="comtrade"
    )
    ws = stats.world_share(by_rep, D(2023, 1, 1), 12)
    assert len(ws.reporters) == len(y2023)
    assert ws.total == pytest.approx(sum(y2023.values()))
    assert ws.items[0].key == max(y2023, key=y2023.get) == "HKG"
    assert ws.share_of("KOR").share_pct == pytest.approx(y2023["KOR"] / sum(y2023.values()) * 100)


def test_breakdown_children_sum_to_parent_and_contributions_add_up(store):
    """Taiwan's 8542 exports to the World, split into HS6 subheadings, from the totals file."""
    rows = read_csv(DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_8542_2013_2025.csv")
    by6: dict[tuple[str, str], float] = {}
    for r in rows:
        by6[(r["日期"], r["貨品號列"][:6])] = (
            by6.get((r["日期"], r["貨品號列"][:6]), 0) + float(r["美元(千元)"]) * 1000
        )
    parent = api.get_series(store, "Taiwan", "World", "8542", flow="X", freq="A", source="twcustoms")
    kids = api.get_series_by(
        store,
        "product",
        ["854231", "854232", "854233", "854239", "854290"],
        "Taiwan",
        "World",
        "8542",
        flow="X",
        freq="A",
        source="twcustoms",
    )
    b = stats.breakdown(parent, kids, D(2024, 1, 1), 12)
    assert b.residual == pytest.approx(0, abs=1)
    assert b.share_of("854232").value == pytest.approx(by6[("113年", "854232")])
    g = stats.yoy(parent, D(2024, 1, 1), 12).value
    assert sum(i.contribution_pp for i in b.items) == pytest.approx(g)


def test_partial_year_is_not_a_year(store):
    """Taiwan's 2025 figures cover January–July only (preliminary): never a 2025 annual value."""
    s = api.get_series(store, "Taiwan", "World", "8542", flow="X", freq="A", source="twcustoms")
    assert stats.value(s, D(2025, 1, 1), 12) is None
    assert stats.value(s, D(2025, 1, 1), 7) is not None
    assert "2025" not in {sp.label for sp in stats.annual(s)}


def test_unit_value_where_quantities_exist(store):
    """Jul 2024 has an item count in the raw file; Jul 2022 has "N/A" and gets no unit value."""
    rows = read_csv(DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv")
    by_month = {r["date"][:7]: r for r in rows
                if r["reporter"] == "USA" and r["partner_code"] == "0" and r["cmd_code"] == "854231"}
    r = by_month["2024-07"]
    assert r["qty_unit"] == "u" and float(r["qty"]) > 0
    s = api.get_series(store, "USA", "World", "854231")
    f = stats.unit_value(s, D(2024, 7, 1))
    assert f.value == pytest.approx(float(r["value_usd"]) / float(r["qty"]))
    assert f.unit == "USD/u"
    assert by_month["2022-07"]["qty_unit"] == "N/A"
    assert stats.unit_value(s, D(2022, 7, 1)) is None


def test_mirror_gap_taiwan_exports_vs_us_imports(store):
    """US imports from Taiwan (Census, 2024) against Taiwan's exports to the US (Taiwan customs)."""
    m = api.get_series(store, "USA", "Taiwan", "8542", freq="A", source="census")
    x = api.get_series(store, "Taiwan", "USA", "8542", flow="X", freq="A", source="twcustoms")
    f = stats.mirror_gap(m, x, D(2024, 1, 1), 12)
    raw_x = sum(
        float(r["Export Value (USD)"])
        for r in read_csv(
            DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
        )
        if r["Year"] == "2024" and r["Country"] == "美國"
    )
    assert f.detail["exports"] == pytest.approx(raw_x)
    assert f.value == pytest.approx(f.detail["imports"] - raw_x)
    assert round(f.detail["imports"] / 1e9, 2) == 11.13


# -- edge cases on constructed series -------------------------------------------------------
def _series(points: list[tuple[dt.date, int, float]]) -> Series:
    return Series(
        FlowKey("CHN", "USA", "M", "8542"), "test", "M", tuple(Point(p, n, v, ("f",)) for p, n, v in points)
    )


def test_combined_january_february_release():
    """China publishes January and February together: the Jan–Feb point serves YTD but not months."""
    pts = [
        (D(2023, 1, 1), 2, 20.0),
        (D(2023, 3, 1), 1, 12.0),
        (D(2024, 1, 1), 2, 30.0),
        (D(2024, 3, 1), 1, 15.0),
    ]
    s = _series(pts)
    assert stats.value(s, D(2024, 1, 1)) is None  # January alone is not published
    assert stats.value(s, D(2024, 2, 1)) is None
    assert stats.ytd(s, D(2024, 2, 1)).value == 30.0
    assert stats.ytd(s, D(2024, 1, 1)) is None
    assert stats.ytd(s, D(2024, 3, 1)).value == 45.0
    assert stats.ytd_yoy(s, D(2024, 3, 1)).value == pytest.approx((45 / 32 - 1) * 100)
    assert stats.yoy(s, D(2024, 1, 1), 2).value == pytest.approx(50.0)
    assert stats.mom(s, D(2024, 3, 1)) is None  # February alone does not exist
    assert [sp.label for sp in stats.monthly(s)] == ["Mar 2023", "Mar 2024"]


def test_zero_base_gives_no_growth_and_zero_breaks_streak():
    s = _series(
        [(D(2024, 1, 1), 1, 0.0), (D(2024, 2, 1), 1, 5.0), (D(2025, 1, 1), 1, 7.0), (D(2025, 2, 1), 1, 0.0)]
    )
    assert stats.yoy(s, D(2025, 1, 1)) is None  # growth from zero is undefined
    assert stats.yoy(s, D(2025, 2, 1)).value == -100.0
    assert stats.value(s, D(2025, 2, 1)).value == 0.0
    assert stats.streak(s, 0.0, end=D(2025, 2, 1)) is None
    assert stats.growth_pct(5, 0) is None


def test_headline_lists_what_is_not_available():
    s = _series([(D(2024, 1, 1), 1, 10.0), (D(2024, 2, 1), 1, 11.0)])
    h = stats.headline(s)
    d = h.to_dict()
    names = {f["name"] for f in d["figures"]}
    assert {"value", "mom", "ytd"} <= names
    assert "yoy" in d["not_available"] and "rolling_12m" in d["not_available"]


def test_round_thresholds():
    assert stats.round_thresholds(2_840_000_000) == [2e9, 1e9, 5e8]
    assert stats.round_thresholds(56_800_000) == [5e7, 2e7, 1e7, 5e6]
    assert all(t < 7.0 for t in stats.round_thresholds(7.0))
