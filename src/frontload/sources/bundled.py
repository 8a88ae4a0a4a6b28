"""The registry of datasets shipped in ``frontload/data``: what each is, how to load it, its vintage.

Each entry names the loader that maps the files into canonical rows and the
facts the files do not state themselves: the vintage (when the data were
retrieved or published, from PROVENANCE.md) and the product scope the extract
was asked for (so the query layer can refuse to call a partial sum a total).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..errors import DataError
from ..model import LoadedDataset
from . import census_files, comtrade_files, policy_events, reported, twcustoms
from ._common import data_dir, events_table, observations_table, reported_table, sha256


def _v(y: int, m: int, d: int) -> dt.datetime:
    return dt.datetime(y, m, d, tzinfo=dt.UTC)


@dataclass(frozen=True)
class Bundled:
    name: str
    folder: str
    source: str
    title: str
    files: tuple[str, ...]
    vintage: dt.datetime
    kind: str  # comtrade, census, twcustoms, reported, events
    scope: tuple[str, ...] = ()

    @property
    def paths(self) -> list[Path]:
        root = data_dir() / self.folder
        out: list[Path] = []
        for f in self.files:
            out.extend(sorted(root.glob(f)) if "*" in f else [root / f])
        return out


# The transcribed figures carry no retrieval date of their own; their vintage is the day they
# were bundled into frontload (their PROVENANCE.md says so), each row keeps its page URL.
_TRANSCRIBED = _v(2026, 11, 24)

KAZOOKAT_CODES = ("854231", "854232", "852351", "847170", "847180", "847330")

BUNDLED: dict[str, Bundled] = {
    b.name: b
    for b in [
        Bundled(
            "comtrade_china_imports_from_us_8542_annual",
            "comtrade_china_imports_from_us_8542_annual",
            "comtrade",
            "China's imports of HS 8542 from the USA, annual 2010–2024 (UN Comtrade)",
            ("china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv",),
            _v(2025, 10, 17),
            "comtrade",
            ("8542",),
        ),
        Bundled(
            "comtrade_monthly_semis_kazookat",
            "comtrade_monthly_semis_kazookat",
            "comtrade",
            "US imports of six electronics HS6 codes from seven partners and the World; KOR/JPN/MYS exports "
            "(UN Comtrade, monthly)",
            ("comtrade_monthly_semis_kazookat.csv",),
            _v(2026, 10, 6),
            "comtrade",
            KAZOOKAT_CODES,
        ),
        Bundled(
            "comtrade_8542_exports_world_all_reporters",
            "comtrade_8542_exports_world_all_reporters",
            "comtrade",
            "All reporters' exports of HS 8542 to the World (UN Comtrade, annual 2013–2024, monthly 2025)",
            ("ic_exports_world_HS8542_raw.csv", "ic_exports_world_HS8542_202501_202508_uncomtrade.csv"),
            _v(2025, 9, 25),
            "comtrade",
            ("8542",),
        ),
        Bundled(
            "comtrade_sme_848620_903082_903141_annual",
            "comtrade_sme_848620_903082_903141_annual",
            "comtrade",
            "All reporters' trade in chip-making equipment (HS 848620, 903082, 903141) with the World, "
            "annual 2016–2020 (UN Comtrade legacy)",
            ("comtrade_sme_world_2016_2020.csv",),
            _v(2021, 8, 16),
            "comtrade",
            ("848620", "903082", "903141"),
        ),
        Bundled(
            "census_us_hs10_imports_2024",
            "us_tariff_tracker_tradewartracker",
            "census",
            "US imports for consumption by HS10 line from 12 partners, 2024 (US Census Bureau)",
            ("us_2024_hs10_imports_by_country/*.parquet",),
            _v(2026, 7, 23),
            "census",
            ("*",),
        ),
        Bundled(
            "twcustoms_8542_exports",
            "taiwan_customs_8542_exports_by_destination",
            "twcustoms",
            "Taiwan's exports of HS 8542 by CCC line, to the World and by destination, 2013–Jul 2025 "
            "(Taiwan customs)",
            ("taiwan_exports_8542_2013_2025.csv", "taiwan_exports_by_country_2013_2025.csv"),
            _v(2025, 9, 25),
            "twcustoms",
            ("8542",),
        ),
        Bundled(
            "gacc_ic_imports_headline",
            "gacc_ic_imports_headline_transcribed",
            "press",
            "China's IC imports as reported in the press (GACC figures)",
            ("china_ic_imports_headline_figures.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "china_lithography_imports",
            "china_lithography_imports_transcribed",
            "press",
            "China's imports of lithography and chip-making equipment as reported",
            ("china_lithography_equipment_imports_transcribed.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "korea_semiconductor_exports",
            "korea_semiconductor_exports_transcribed",
            "press",
            "Korea's semiconductor exports as reported (MOTIE/MSIT, KCS)",
            ("korea_semiconductor_exports_transcribed.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "taiwan_exports_2020_huawei",
            "taiwan_exports_2020_huawei_transcribed",
            "press",
            "Taiwan's exports around the 2020 Huawei rush as reported (MOF)",
            ("taiwan_mof_exports_2020_transcribed.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "semi_equipment_billings",
            "semi_equipment_billings_transcribed",
            "semi",
            "SEMI equipment billings by region as reported",
            ("semi_equipment_billings_by_region.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "wsts_sia_sales",
            "wsts_sia_transcribed",
            "wsts",
            "WSTS/SIA semiconductor sales as reported",
            ("wsts_sia_monthly_sales_and_regional_growth.csv",),
            _TRANSCRIBED,
            "reported",
        ),
        Bundled(
            "policy_events",
            "policy_events",
            "calendar",
            "US–China chip policy events, BIS Federal Register rules 2022–2026, US tariff actions 2025–26",
            (
                "us_china_chip_policy_events.csv",
                "bis_federal_register_rules_2022_2026.csv",
                "us_tariff_actions_2025_2026_tradewartracker.csv",
            ),
            _v(2026, 7, 23),
            "events",
        ),
    ]
}


def bundled_names() -> list[str]:
    return list(BUNDLED)


def _comtrade(b: Bundled) -> tuple[list[dict], list[str]]:
    rows: list[dict] = []
    notes: list[str] = []
    for p in b.paths:
        r, n = comtrade_files.read_comtrade(p)
        rows += r
        notes += n
    return rows, notes


def _census(b: Bundled) -> tuple[list[dict], list[str]]:
    rows: list[dict] = []
    notes: list[str] = []
    for p in b.paths:
        r, n = census_files.read_census_parquet(p)
        rows += r
        notes += n[1:] if notes else n
    return rows, notes


def _twcustoms(b: Bundled) -> tuple[list[dict], list[str]]:
    totals, n1 = twcustoms.read_totals(b.paths[0])
    partial = {r["period"].year: int(r["months"]) for r in totals if r["months"] != 12}
    by_dest, n2 = twcustoms.read_by_destination(b.paths[1], partial_years=partial)
    return totals + by_dest, n1 + n2


_OBS_LOADERS: dict[str, Callable[[Bundled], tuple[list[dict], list[str]]]] = {
    "comtrade": _comtrade,
    "census": _census,
    "twcustoms": _twcustoms,
}


def load_bundled(name: str) -> LoadedDataset:
    """Read one bundled dataset into a :class:`LoadedDataset` ready for ``Store.ingest``."""
    if name not in BUNDLED:
        raise DataError(f"no bundled dataset named {name!r}", hint="choose from: " + ", ".join(BUNDLED))
    b = BUNDLED[name]
    paths = b.paths
    ds = LoadedDataset(
        name=b.name,
        source=b.source,
        title=b.title,
        location="; ".join(
            f"frontload/data/{b.folder}/{p.relative_to(data_dir() / b.folder)}" for p in paths
        ),
        sha256=sha256(paths),
        vintage=b.vintage,
        scope_products=list(b.scope),
        provenance=f"frontload/data/{b.folder}/PROVENANCE.md",
    )
    if b.kind in _OBS_LOADERS:
        rows, notes = _OBS_LOADERS[b.kind](b)
        ds.observations = observations_table(rows)
        ds.notes = notes
    elif b.kind == "reported":
        ds.reported = reported_table(reported.read_reported(paths[0], b.name))
    elif b.kind == "events":
        rows = policy_events.read_chip_events(paths[0], b.name)
        rows += policy_events.read_bis_rules(paths[1], b.name)
        tariff, notes = policy_events.read_tariff_actions(paths[2], b.name)
        ds.events = events_table(rows + tariff)
        ds.notes = notes
    return ds
