"""China customs (GACC) platform downloads, written exactly in the platform's CSV layout.

The layout (every field quoted, a trailing comma on every line, thousands separators, GB18030,
English or Chinese headers, no date column in a download of months added up) is the one public
material establishes; see frontload.sources.gacc. The figures are real bundled rows: the monthly
2024 values, quantities and weights of HS 854231/854232 trade with Korea and Taiwan from the KazooKat
Comtrade file, split across two customs regimes the way the platform breaks a total down, so that
the loader has to add them back. Expectations are computed with csv straight from that raw file.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from frontload.cli import app
from frontload.errors import ConfigError, ParseError
from frontload.sources import gacc
from frontload.sources.files import load_file
from frontload.store.store import Store

from ..conftest import DATA, read_csv

KZ = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"
# partner: (platform code, English name, Chinese name), codes and English names as in turbanisch/chinautils'
# example downloads (the full-width comma included)
PARTNERS = {"410": ("133", "Republic of Korea", "韩国", "KOR"), "490": ("143", "Taiwan，China", "中国台湾", "TWN")}
RATE = 7.1884  # yuan per dollar used to write the yuan files (any positive number would do)


def raw_rows() -> list[dict]:
    return [r for r in read_csv(KZ) if r["reporter"] == "USA" and r["flow"] == "M" and r["date"].startswith("2024")
            and r["partner_code"] in PARTNERS and r["cmd_code"] in ("854231", "854232")]


def q(cells) -> str:
    return ",".join(f'"{c}"' for c in cells) + ",\n"


def split(v: int) -> tuple[int, int]:
    """A total as two customs-regime rows (ordinary trade, processing trade), as the platform shows it."""
    a = v * 3 // 5
    return a, v - a


EN_HEADER = ["Date of data", "Trading partner code", "Trading partner", "Commodity code", "Commodity",
             "Customs Regime code", "Customs Regime", "Quantity", "Unit", "Supplimentary Quantity",
             "Supplimentary Unit", "US dollar"]
ZH_HEADER = ["商品编码", "商品名称", "贸易伙伴编码", "贸易伙伴名称", "贸易方式编码", "贸易方式名称",
             "第一数量", "第一计量单位", "第二数量", "第二计量单位", "人民币"]


def by_month_english(path) -> None:
    lines = [q(EN_HEADER)]
    for r in raw_rows():
        code, en, _, _ = PARTNERS[r["partner_code"]]
        v, n = int(float(r["value_usd"])), int(float(r["qty"]))
        kg = round(float(r["net_weight_kg"])) if r["net_weight_kg"] else None  # none: "0","?" as the platform writes
        for (reg, reg_name), part, qpart, kpart in zip([("10", "Ordinary Trade"), ("14", "Processing and Assembling")],
                                                      split(v), split(n), split(kg or 0), strict=True):
            lines.append(q([r["date"][:4] + r["date"][5:7], code, en, r["cmd_code"], "Integrated circuits",
                            reg, reg_name, f"{qpart}", "Number of item", f"{kpart}", "Kilogram" if kg is not None else "?",
                            f"{part:,}"]))
    path.write_text("".join(lines), encoding="gb18030")


EN_FULL_HEADER = ["Date of data", "Commodity code", "Commodity", "Trading partner code", "Trading partner",
                  "Customs Regime code", "Customs Regime", "Locations of importers and exporters code",
                  "Locations of importers and exporters", "Quantity", "Unit", "Supplementary Quantity",
                  "Supplementary Unit", "US dollar"]


def by_month_provinces(path) -> None:
    """The column order of chinautils' english-full.csv: each total split across two provinces."""
    lines = [q(EN_FULL_HEADER)]
    for r in raw_rows():
        code, en, _, _ = PARTNERS[r["partner_code"]]
        v, n = int(float(r["value_usd"])), int(float(r["qty"]))
        for (pc, pn), part, qpart in zip([("44", "Guangdong Province"), ("31", "Shanghai Province")], split(v),
                                         split(n), strict=True):
            lines.append(q([r["date"][:4] + r["date"][5:7], r["cmd_code"], "Integrated circuits", code, en, "10",
                            "Ordinary Trade", pc, pn, f"{qpart}", "Number of item", "0", "?", f"{part:,}"]))
    path.write_text("".join(lines), encoding="gb18030")


def ytd_chinese(path, last_month: int) -> dict[tuple[str, str], int]:
    """A January–``last_month`` 2024 download in yuan (no date column); returns the yuan written."""
    acc: dict[tuple[str, str], int] = {}
    for r in raw_rows():
        if int(r["date"][5:7]) <= last_month:
            key = (r["partner_code"], r["cmd_code"])
            acc[key] = acc.get(key, 0) + int(float(r["value_usd"]))
    lines = [q(ZH_HEADER)]
    written = {}
    for (pc, cmd), usd in sorted(acc.items()):
        code, _, zh, iso = PARTNERS[pc]
        cny = round(usd * RATE)
        written[(iso, cmd)] = cny
        for (reg, name), part in zip([("10", "一般贸易"), ("14", "来料加工装配贸易")], split(cny), strict=True):
            lines.append(q([cmd, "集成电路", code, zh, reg, name, "0", "个", "0", "?", f"{part:,}"]))
    path.write_text("".join(lines), encoding="gb18030")
    return written


def test_by_month_english_download_sums_regimes_back_to_the_raw_values(tmp_path):
    f = tmp_path / "downloadData.csv"
    by_month_english(f)
    assert f.read_bytes().startswith(b'"Date of data","Trading partner code"') and f.read_text("gb18030").endswith('",\n')
    rows, notes = gacc.read_gacc([gacc.GaccFile(f)], flow="M")
    got = {(r["partner"], r["product"], f"{r['period']:%Y-%m}"): r for r in rows}
    raw = raw_rows()
    assert len(got) == len(raw) == 48
    for r in raw:
        g = got[(PARTNERS[r["partner_code"]][3], r["cmd_code"], r["date"][:7])]
        assert g["value_usd"] == float(r["value_usd"]) and g["months"] == 1 and g["freq"] == "M"
        assert g["qty"] == int(float(r["qty"])) and g["qty_unit"] == "Number of item"
        assert g["net_weight_kg"] == (round(float(r["net_weight_kg"])) if r["net_weight_kg"] else None)
    assert {r["reporter"] for r in rows} == {"CHN"} and {r["classification"] for r in rows} == {"CN-8"}
    assert any("133=KOR" in n and "143=TWN" in n for n in notes)
    assert not any("February without January" in n for n in notes)
    no_jan = tmp_path / "no_jan.csv"
    no_jan.write_text("".join(ln for ln in f.read_text("gb18030").splitlines(keepends=True) if '"202401"' not in ln),
                      encoding="gb18030")
    rows, notes = gacc.read_gacc([gacc.GaccFile(no_jan)], flow="M")
    assert len(rows) == 44 and any("2024: February without January" in n for n in notes)


def test_province_breakdown_in_the_other_column_order(tmp_path):
    f = tmp_path / "downloadData (1).csv"
    by_month_provinces(f)
    rows, _ = gacc.read_gacc([gacc.GaccFile(f)], flow="X")
    got = {(r["partner"], r["product"], f"{r['period']:%Y-%m}"): (r["value_usd"], r["qty"], r["net_weight_kg"])
           for r in rows}
    assert got == {(PARTNERS[r["partner_code"]][3], r["cmd_code"], r["date"][:7]):
                   (float(r["value_usd"]), int(float(r["qty"])), None) for r in raw_rows()}
    assert {r["flow"] for r in rows} == {"X"} and {r["valuation"] for r in rows} == {"FOB"}


def test_year_to_date_yuan_downloads_become_months_and_a_jan_feb_span(tmp_path):
    files, written = [], {}
    for m in range(2, 13):
        f = tmp_path / f"ytd_{m:02d}.csv"
        written[m] = ytd_chinese(f, m)
        files.append(gacc.GaccFile(f, (dt.date(2024, 1, 1), dt.date(2024, m, 1))))
    rows, notes = gacc.read_gacc(files, flow="M", cny_per_usd=RATE)
    got = {(r["partner"], r["product"], f"{r['period']:%Y-%m}", r["months"]): r for r in rows}
    assert len(got) == 4 * 11  # Jan–Feb plus March…December, for 2 partners × 2 codes
    for (iso, cmd), cny in written[2].items():
        jf = got[(iso, cmd, "2024-01", 2)]
        assert jf["value_local"] == cny and jf["currency"] == "CNY" and jf["freq"] == "M"
        assert jf["value_usd"] == pytest.approx(cny / RATE)
    raw = {(PARTNERS[r["partner_code"]][3], r["cmd_code"], r["date"][:7]): float(r["value_usd"]) for r in raw_rows()}
    for m in range(3, 13):
        for (iso, cmd), cny in written[m].items():
            g = got[(iso, cmd, f"2024-{m:02d}", 1)]
            assert g["value_local"] == cny - written[m - 1][(iso, cmd)]
            assert g["value_usd"] == pytest.approx(raw[(iso, cmd, f"2024-{m:02d}")], abs=1.0)  # yuan rounded per YTD
    assert any("year-to-date" in n for n in notes) and any("7.1884 CNY per USD" in n for n in notes)


def test_store_keeps_a_single_cumulative_download_as_its_span(tmp_path):
    f = tmp_path / "jan_jul.csv"
    written = ytd_chinese(f, 7)
    with Store(tmp_path / "s.duckdb") as s:
        r = CliRunner().invoke(app, ["--db", str(tmp_path / "s.duckdb"), "load", str(f), "--flow", "M", "--span",
                                     "2024-01..2024-07", "--cny-per-usd", str(RATE), "--format", "json"])
        assert r.exit_code == 0, r.output
        assert json.loads(r.stdout)[0]["rows_new"] == 4
    with Store(tmp_path / "s.duckdb", read_only=True) as s:
        stored = s.con.execute("SELECT partner, product, period, freq, months, value_local FROM observations").fetchall()
    assert {(p, c, str(d), fr, mo): v for p, c, d, fr, mo, v in stored} == {
        (iso, cmd, "2024-01-01", "A", 7): cny for (iso, cmd), cny in written.items()}


def test_what_the_file_cannot_say_must_be_given(tmp_path):
    f = tmp_path / "ytd.csv"
    ytd_chinese(f, 3)
    with pytest.raises(ConfigError, match="no date column"):
        gacc.read_gacc([gacc.GaccFile(f)], flow="M")
    with pytest.raises(ConfigError, match="in yuan"):
        gacc.read_gacc([gacc.GaccFile(f, gacc.parse_span("2024-01..2024-03"))], flow="M")
    with pytest.raises(ConfigError, match="imports or exports"):
        gacc.read_gacc([gacc.GaccFile(f, gacc.parse_span("2024-01..2024-03"))], flow="")
    with pytest.raises(ConfigError, match="--flow"):
        load_file(f)
    with pytest.raises(ConfigError, match="one calendar year"):
        gacc.parse_span("2024-11..2025-02")


def test_bad_downloads_are_refused_whole(tmp_path):
    big = tmp_path / "big.csv"
    big.write_text(q(EN_HEADER) + "".join(q(["202401", "133", "Korea", "85423100", "x", "10", "Ordinary Trade", "1",
                                              "Kilogram", "0", "?", f"{i + 1:,}"]) for i in range(10_000)), encoding="gb18030")
    with pytest.raises(ParseError, match="10,000"):
        gacc.read_gacc([gacc.GaccFile(big)], flow="M")
    bad = tmp_path / "bad.csv"
    bad.write_text(q(EN_HEADER) + q(["2024-1", "133", "Korea", "854231", "x", "10", "O", "1", "Kilogram", "0", "?", "1,000"])
                   + q(["202401", "999", "Atlantis", "854231", "x", "10", "O", "1", "Kilogram", "0", "?", "5"])
                   + q(["202401", "133", "Korea", "854231", "x", "10", "O", "1", "Kilogram", "0", "?", "?"]), encoding="gb18030")
    with pytest.raises(ParseError) as e:
        gacc.read_gacc([gacc.GaccFile(bad)], flow="M")
    assert {(p.row, p.column) for p in e.value.problems} == {(2, "Date of data"), (3, "Trading partner"), (4, "US dollar")}
    gaps = [gacc.GaccFile(tmp_path / f"g{m}.csv", (dt.date(2024, 1, 1), dt.date(2024, m, 1))) for m in (2, 4)]
    for g, m in zip(gaps, (2, 4), strict=True):
        ytd_chinese(g.path, m)
    with pytest.raises(ParseError, match="jump from 2 to 4"):
        gacc.read_gacc(gaps, flow="M", cny_per_usd=RATE)


def test_sources_lists_gacc_with_its_last_fetch_and_works_without_a_store(tmp_path):
    db = tmp_path / "none.duckdb"
    r = CliRunner().invoke(app, ["--db", str(db), "sources", "--format", "json"])
    assert r.exit_code == 0, r.output
    rows = {x["source"]: x for x in json.loads(r.stdout)}
    assert rows["gacc"]["last_vintage"] == "–" and "--flow" in rows["gacc"]["needs"] and not db.exists()
    f = tmp_path / "downloadData.csv"
    by_month_english(f)
    assert CliRunner().invoke(app, ["--db", str(db), "load", str(f), "--flow", "M"]).exit_code == 0
    rows = {x["source"]: x for x in json.loads(CliRunner().invoke(app, ["--db", str(db), "sources", "-f", "json"]).stdout)}
    assert rows["gacc"]["last_vintage"].startswith("gacc 20")


def test_pairing_spans_reads_only_each_header(tmp_path):
    """The header decides which downloads need a span; bytes past the first line (here a cut that left
    half a GB18030 character, which read_gacc then reports) do not stop the pairing."""
    dated, undated = tmp_path / "by_month.csv", tmp_path / "ytd.csv"
    by_month_english(dated)
    ytd_chinese(undated, 3)
    damaged = undated.read_bytes() + "中".encode("gb18030")[:1]
    undated.write_bytes(damaged)
    files = gacc.pair_spans([dated, undated], ["2024-01..2024-03"])
    assert [f.span for f in files] == [None, (dt.date(2024, 1, 1), dt.date(2024, 3, 1))]
    assert gacc._header(dated) == EN_HEADER and gacc._header(undated) == ZH_HEADER
