"""Live API checks, opt-in: ``pytest -m live`` (needs the network; COMTRADE_API_KEY / CENSUS_API_KEY optional)."""

from __future__ import annotations

import datetime as dt

import pytest

from frontload.sources import census_api, comtrade_api
from frontload.sources.http import HttpClient

pytestmark = pytest.mark.live


def test_comtrade_preview_answers_china_imports_from_the_us(tmp_path):
    req = comtrade_api.ComtradeRequest(("CHN",), ("USA",), ("8542",), flow="M", freq="A",
                                       start=dt.date(2023, 1, 1), end=dt.date(2023, 1, 1))
    with HttpClient(tmp_path) as c:
        (ds,) = list(comtrade_api.fetch(req, c))
    values = ds.observations.column("value_usd").to_pylist()
    assert values and 7e9 < values[0] < 10e9  # 8.31 bn in the bundled vintage


def test_census_answers_us_imports_of_processors(tmp_path):
    req = census_api.CensusRequest(product="854231", flow="M", freq="A", start=dt.date(2024, 1, 1),
                                   end=dt.date(2024, 1, 1), partner="TWN")
    with HttpClient(tmp_path) as c:
        (ds,) = list(census_api.fetch(req, c))
    assert ds.observations is not None and ds.observations.num_rows == 1
