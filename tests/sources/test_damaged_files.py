"""The bugs the fuzz suite (tests/fuzz) found, each pinned by the smallest real file that showed it.

Each case starts from real bundled rows and makes the one change that used to end in a traceback or
in a figure nobody would sign; now each is a ParseError naming file, line and column.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from frontload.errors import ParseError
from frontload.sources.files import load_file
from frontload.sources.generic import load_generic

from ..conftest import DATA
from .test_generic import MAPPING

LEGACY = DATA / "comtrade_sme_848620_903082_903141_annual" / "comtrade_sme_world_2016_2020.csv"
TIDY = DATA / "comtrade_monthly_semis_kazookat" / "comtrade_monthly_semis_kazookat.csv"


def lines(path, n: int) -> list[str]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [fh.readline() for _ in range(n)]


def refused(path, **kw) -> ParseError:
    with pytest.raises(ParseError) as info:
        load_file(path, **kw)
    assert path.name in str(info.value)
    return info.value


def test_a_truncated_last_line_is_named_not_a_key_error(tmp_path):
    head = lines(LEGACY, 4)
    f = tmp_path / "legacy.csv"
    f.write_text("".join(head[:3]) + head[3][: head[3].index(",", 40)] + "\n")  # the download stopped mid-line
    (p,) = refused(f).problems
    assert p.row == 4 and p.column and "field(s)" in p.reason


def test_an_unquoted_comma_that_shifts_cells_is_refused(tmp_path):
    head = lines(TIDY, 3)
    f = tmp_path / "tidy.csv"
    f.write_text(head[0] + head[1] + head[2].replace(",", ",1,", 1))
    (p,) = refused(f).problems
    assert p.row == 3 and "after" in p.column


def test_a_one_megabyte_cell_names_its_line(tmp_path):
    head = lines(TIDY, 3)
    f = tmp_path / "tidy.csv"
    cells = head[2].split(",")
    cells[6] = "x" * 1_000_000
    f.write_text(head[0] + head[1] + ",".join(cells))
    (p,) = refused(f).problems
    assert p.row == 3 and "field larger" in p.reason


@pytest.mark.parametrize("bad", ["nan", "inf", "1e400", "-5", "١٢٣", "１２３"])
def test_numbers_python_reads_but_no_analyst_would_sign(tmp_path, bad):
    head = lines(TIDY, 2)
    cells = head[1].split(",")
    cells[7] = bad  # value_usd
    f = tmp_path / "tidy.csv"
    f.write_text(head[0] + ",".join(cells), encoding="utf-8")
    (p,) = refused(f).problems
    assert (p.row, p.column, p.value) == (2, "value_usd", bad)


def test_a_product_code_with_a_flipped_byte(tmp_path):
    head = lines(TIDY, 2)
    cells = head[1].split(",")
    cells[5] = cells[5][:1] + "µ" + cells[5][2:]  # what a flipped bit in a Latin-1 file reads as
    f = tmp_path / "tidy.csv"
    f.write_text(head[0] + ",".join(cells))
    (p,) = refused(f).problems
    assert (p.row, p.column) == (2, "cmd_code")


def test_generic_header_only_and_damaged_parquet(tmp_path):
    m = tmp_path / "map.toml"
    m.write_text(MAPPING)
    f = tmp_path / "mine.csv"
    f.write_text("month,origin,hs,value_kusd\n")
    with pytest.raises(ParseError, match="no data rows"):
        load_generic(f, m)
    t = pa.table({"month": ["2024-01"], "origin": ["China"], "hs": ["8542.31"], "value_kusd": ["12"]})
    pq.write_table(t, tmp_path / "mine.parquet", compression="none")
    data = (tmp_path / "mine.parquet").read_bytes()
    for damaged in (b"", data[: len(data) // 2], data.replace(b"China", b"Ch\xffna")):
        (tmp_path / "mine.parquet").write_bytes(damaged)
        with pytest.raises(ParseError, match=r"mine\.parquet"):
            load_generic(tmp_path / "mine.parquet", m)


def test_what_the_long_fuzz_run_found(tmp_path):
    """A 130-digit product code overflowed the int8 level column (ArrowInvalid); a by-destination year
    999999 was a ValueError from datetime; both are now problems naming line and column."""
    head = lines(TIDY, 2)
    cells = head[1].split(",")
    cells[5] = "8" * 130
    f = tmp_path / "tidy.csv"
    f.write_text(head[0] + ",".join(cells))
    (p,) = refused(f).problems
    assert (p.row, p.column) == (2, "cmd_code")
    tw = DATA / "taiwan_customs_8542_exports_by_destination" / "taiwan_exports_by_country_2013_2025.csv"
    head = lines(tw, 2)
    f = tmp_path / "tw.csv"
    f.write_text(head[0] + "999999" + head[1][head[1].index(","):], encoding="utf-8")
    (p,) = refused(f).problems
    assert (p.row, p.column, p.value) == (2, "Year", "999999")
