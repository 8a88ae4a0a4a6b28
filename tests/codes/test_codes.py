"""Country crosswalk, HS nomenclature, concordance and baskets."""

from __future__ import annotations

import json

import pytest

from frontload.codes import baskets, concordance, countries, hs
from frontload.errors import CodeError, UnknownCountryError, UnknownProductError

from ..conftest import DATA


@pytest.mark.parametrize(
    ("text", "iso"),
    [("the U.S.", "USA"), ("US", "USA"), ("842", "USA"), (842, "USA"), ("Beijing", "CHN"), ("中國大陸", "CHN"),
     ("香港", "HKG"), ("南韓", "KOR"), ("Rep. of Korea", "KOR"), ("Korea, Rep.", "KOR"), ("490", "TWN"),
     ("Other Asia, nes", "TWN"), ("Chinese Taipei", "TWN"), ("Viet Nam", "VNM"), ("World", "WLD"),
     ("USA, Puerto Rico and US Virgin Islands", "USA"), ("251", "FRA"), ("699", "IND"), ("757", "CHE")],
)
def test_names_and_codes_resolve(text, iso):
    assert countries.iso3(text) == iso


def test_comtrade_and_census_round_trips():
    assert countries.to_comtrade("USA") == 842 and countries.from_comtrade(842) == "USA"
    assert countries.to_comtrade("TWN") == 490 and countries.from_comtrade(0) == "WLD"
    for code, iso in {"5700": "CHN", "5830": "TWN", "5800": "KOR", "5880": "JPN", "5570": "MYS",
                      "5520": "VNM", "2010": "MEX", "1220": "CAN"}.items():
        assert countries.from_census(code) == iso
        assert countries.to_census(iso) == code


def test_every_taiwan_destination_name_maps():
    names = json.loads((DATA / "taiwan_customs_8542_exports_by_destination" / "country_name_map_full.json")
                       .read_text(encoding="utf-8"))
    for zh in names:
        countries.iso3(zh)  # raises if unknown


def test_unknown_country_suggests():
    with pytest.raises(UnknownCountryError) as e:
        countries.iso3("Chna")
    assert "China" in e.value.suggestions
    with pytest.raises(CodeError):
        countries.from_comtrade(99999)


def test_hs_levels_descriptions_children():
    assert hs.children("8542") == ["854231", "854232", "854233", "854239", "854290"]
    assert hs.parent("854231") == "8542" and hs.parent("8542") == "85"
    assert hs.describe("854232") == "Electronic integrated circuits; memories"
    assert hs.describe("85") and hs.describe("8542310000").startswith("Electronic integrated circuits")
    assert hs.normalize("8542.31") == "854231" and hs.normalize(10121) == "010121"
    assert hs.standard_unit("854290") == "kg" and hs.standard_unit("854231") == "u"
    with pytest.raises(UnknownProductError):
        hs.normalize("85x2")


def test_concordance_flags_the_hs2022_ewaste_split():
    assert concordance.is_stable("854231", "HS2022", "HS2017")
    assert concordance.convert("854231", "HS2022", "HS2017") == ["854231"]
    # HS2017 → HS2012: the multi-component IC note links 8542 to many other codes.
    note = concordance.caveat("854231", "HS2017", "HS2012")
    assert note and "not be fully comparable" in note
    assert concordance.convert("010121") == ["010121"]  # leading zero restored


def test_baskets_are_disjoint_and_resolve():
    for b in baskets.BASKETS.values():
        for a in b.codes:
            assert not any(c != a and c.startswith(a) for c in b.codes)
    assert baskets.resolve_product("memory chips") == ("854232",)
    assert baskets.resolve_product("integrated circuits") == ("8542",)
    assert baskets.resolve_product("chip-equipment") == ("8486", "903082", "903141")
    assert baskets.resolve_product("854231+854232") == ("854231", "854232")
    with pytest.raises(CodeError, match="double count"):
        baskets.resolve_product("8542+854231")
    with pytest.raises(UnknownProductError) as e:
        baskets.resolve_product("memry")
    assert "memory" in e.value.suggestions
    with pytest.raises(UnknownProductError):
        baskets.resolve_product("854299")


def test_hs_chapters_are_the_two_digit_codes_of_the_bundled_hs2022_table():
    from ..conftest import read_csv

    raw = sorted(r["hscode"] for r in read_csv(DATA / "harmonized_system" / "harmonized-system.csv")
                 if len(r["hscode"]) == 2)
    assert hs.chapters() == raw and "85" in raw and len(raw) > 90
    assert all(hs.parent(c) is None for c in hs.chapters())


def test_one_code_read_from_its_line_is_the_tables_code():
    # `hs.get` answers a lone code from its own line of the HS 2022 file while the table is unbuilt
    # (issue 13): it must be the table's entry, a parent or description column never mistaken for it
    from frontload.codes import hs

    table = hs._table()
    for code, want in list(table.items())[::5]:
        assert hs._one(code) == (want if want.version == "HS2022" else None), code
    missing = next(c for c in ("000000", "999998", "010000") if c not in table)
    assert hs._one(missing) is None


def test_get_before_and_after_the_table_is_built(monkeypatch):
    from frontload.codes import hs

    codes = ["8542", "854231", "85423100", "01", "847180"]
    hs._table.cache_clear()
    before = [hs.get(c) for c in codes]
    assert hs._table.cache_info().currsize == 0  # answered from the lines alone
    hs._table()
    assert [hs.get(c) for c in codes] == before


@pytest.mark.parametrize("text", ["USA", "usa", "Taiwan", "the U.S.", "China", "PRC", "中国", "  Hong Kong ",
                                  "EU", "uk", "World", "Other Asia, nes", "842", "TWN"])
def test_iso3_of_an_alias_is_the_crosswalks_answer(text):
    # iso3 answers aliases before building the crosswalk: it must be what country() says
    assert countries.iso3(text) == countries.country(text).iso3


def test_every_alias_names_a_country_of_the_crosswalk():
    known, _, _, _ = countries._registry()
    for alias, code in countries._ALIASES.items():
        assert code in known, alias
        assert countries.iso3(alias) == countries.country(alias).iso3, alias
