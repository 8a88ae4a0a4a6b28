"""The vectorised screen: calibrated on pure noise, finds injected surges, agrees with a per-series fit."""

from __future__ import annotations

import datetime as dt
import json

import numpy as np
from typer.testing import CliRunner

from frontload.cli import app
from frontload.detect import baselines as B
from frontload.detect.screen import scores, synthetic


def test_vectorised_fit_equals_per_series_least_squares():
    y, _ = synthetic(20, 60, surge_share=0.0, seed=3)
    z = scores(y, 0, 54, 6)
    # The per-series seasonal+trend baseline (frontload.detect.baselines) gives the same forecasts.
    for i in range(3):
        fc = B.seasonal_trend(np.expm1(y[i, :54].astype(float)), 6)
        x = np.column_stack([np.ones(54), np.arange(54) / 12] +
                            [(np.arange(54) % 12 == m).astype(float) for m in range(1, 12)])
        beta, *_ = np.linalg.lstsq(x, y[i, :54].astype(float), rcond=None)
        xw = np.column_stack([np.ones(6), np.arange(54, 60) / 12] +
                             [(np.arange(54, 60) % 12 == m).astype(float) for m in range(1, 12)])
        assert np.allclose(fc.mean, xw @ beta, atol=1e-5)
    assert z.shape == (20,)


def test_null_scores_are_calibrated_and_surges_found():
    y, truth = synthetic(20_000, 120, surge_share=0.1, surge=0.3, noise=0.15, seed=7)
    z = scores(y, (120 - 114 - 6) % 12, 114, 6)
    assert abs(z[~truth].std() - 1) < 0.1 and abs(z[~truth].mean()) < 0.05
    flag = z > 2.3
    recall = (flag & truth).sum() / truth.sum()
    precision = (flag & truth).sum() / flag.sum()
    assert recall > 0.85 and precision > 0.85


def test_cli_screen_ranks_store_series(loaded_db):
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "screen", "--end", "2026-07", "--top", "2",
                                 "--format", "json"])
    assert r.exit_code == 0, r.output
    d = json.loads(r.stdout)
    zs = [x["z"] for x in d["ranked"]]
    assert zs == sorted(zs, reverse=True) and len(zs) > 30
    assert d["window_start"] == str(dt.date(2026, 2, 1))
    assert len(d["top"]) == 2 and all("verdict" in t for t in d["top"])
    # Memory imports from the World surged in 2026 (see the brief): near the top.
    assert "USA imports of 854232 from WLD (comtrade)" in [x["series"] for x in d["ranked"][:5]]
    # Screen and detector test the same months; where the flag and the verdict differ, the row says why.
    for t in d["top"]:
        assert "Feb 2026–Jul 2026" in t["verdict"] or "Feb 2026" in t["verdict"] or "Jul 2026" in t["verdict"]
        assert (t["reason"] is None) == (t["flagged"] == t["detector_significant"])
        if t["reason"]:
            assert "6-month window" in t["reason"] and "best stretch" in t["reason"]


def test_screen_all_is_a_deprecated_alias(loaded_db):
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "screen-all", "--end", "2026-06", "--fit", "30",
                                 "--format", "json", "--top", "3"])
    assert r.exit_code == 0, r.output
    assert "deprecated" in r.stderr and json.loads(r.stdout)["engine"] == "duckdb"
    help_text = CliRunner().invoke(app, ["--help"]).stdout
    assert "screen-all" not in help_text and "screen " in help_text
