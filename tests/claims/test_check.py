"""Claim checking on sentences written the way trade news is written, about the bundled data.

Each case: the sentence, the article date, and the expected parse and verdict. Expected values
come from the raw bundled files (China's annual imports of HS 8542 from the US: 2023
8,306,920,666; 2024 11,754,177,020; the GACC figures as reported: Oct 2024 USD 1.11 bn +60%,
Jan–Oct 2024 USD 9.61 bn +42.5%).
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from frontload.claims.parse import parse
from frontload.claims.verify import check_text
from frontload.cli import app

D = dt.date(2024, 11, 20)
D25 = dt.date(2025, 2, 10)

CASES = [
    # sentence, date, expected (measure, verdict) list, expected (reporter, partner, product, period start, months)
    (
        "China's purchases of US chips reached US$1.11 billion in October, a 60 per cent increase.",
        D,
        [("amount", "supported"), ("change", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2024, 10, 1), 1),
    ),
    (
        "Over the first 10 months of the year, China imported US$9.61 billion of microchips from the US, "
        "up 42.5 per cent.",
        D,
        [("amount", "supported"), ("change", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 10),
    ),
    (
        "In the first ten months, Beijing bought $9.8bn of American chips.",
        D,
        [("amount", "contradicted")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 10),
    ),
    (
        "China imported $11.75bn of US integrated circuits in 2024, up 41.5 per cent.",
        D25,
        [("amount", "supported"), ("change", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 12),
    ),
    (
        "Last year China imported USD 11.8 billion of chips from the United States.",
        D25,
        [("amount", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 12),
    ),
    (
        "In 2024 China imported $12.5 billion of integrated circuits from the US.",
        D25,
        [("amount", "contradicted")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 12),
    ),
    (
        "China's imports of US chips jumped 45% in 2024.",
        D25,
        [("change", "contradicted")],
        ("CHN", "USA", ("8542",), dt.date(2024, 1, 1), 12),
    ),
    (
        "In 2023, China imported US$8.31 billion of chips from the U.S., a 31.8% drop.",
        D25,
        [("amount", "supported"), ("change", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2023, 1, 1), 12),
    ),
    (
        "China's chip imports from the US fell 22.6% in 2022.",
        D25,
        [("change", "supported")],
        ("CHN", "USA", ("8542",), dt.date(2022, 1, 1), 12),
    ),
    (
        "China imported $2 billion of US chips in March.",
        D,
        [("amount", "consistent")],
        ("CHN", "USA", ("8542",), dt.date(2024, 3, 1), 1),
    ),
    (
        "US imports of processors from Taiwan reached $1.12 billion in July 2026.",
        dt.date(2026, 9, 1),
        [("amount", "supported")],
        ("USA", "TWN", ("854231",), dt.date(2026, 7, 1), 1),
    ),
    (
        "US imports of memory chips from Korea rose 441.6% in July 2026.",
        dt.date(2026, 9, 1),
        [("change", "supported")],
        ("USA", "KOR", ("854232",), dt.date(2026, 7, 1), 1),
    ),
    (
        "China bought RMB 1.81 trillion of integrated circuits from the world last year.",
        D25,
        [("amount", "not_checkable")],
        ("CHN", None, ("8542",), dt.date(2024, 1, 1), 12),
    ),
    (
        "Japan imported $3 billion of chips from China in 2024.",
        D25,
        [("amount", "not_checkable")],
        ("JPN", "CHN", ("8542",), dt.date(2024, 1, 1), 12),
    ),
    # Two non-trade numbers: each quantity mention is a claim of its own.
    (
        "The chips are two generations behind, made on a 7nm process.",
        D,
        [("none", "not_checkable"), ("none", "not_checkable")],
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "date", "verdicts", "parsed"), CASES, ids=[c[0][:40] for c in CASES])
def test_claims(store, sentence, date, verdicts, parsed):
    got = check_text(store, sentence, date)
    assert [(v.measure, v.verdict) for v in got] == verdicts, [v.explanation for v in got]
    if parsed:
        c = parse(sentence, date)[0]
        assert (c.reporter, c.partner, c.product, c.period_start, c.months) == parsed
    for v in got:
        if v.verdict in ("supported", "contradicted", "consistent"):
            assert v.evidence and v.data_value is not None


def test_contradiction_states_the_gap(store):
    (v,) = check_text(store, "In 2024 China imported $12.5 billion of integrated circuits from the US.", D25)
    assert v.data_value == 11_754_177_020 and "745.8 m higher" in v.explanation


def test_not_checkable_says_how_to_fetch(store):
    (v,) = check_text(store, "Japan imported $3 billion of chips from China in 2024.", D25)
    assert "frontload ingest comtrade -r JPN -p CHN --product 8542" in v.explanation


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\x01binary", b"<html><body><p>broken <b>html", "漢字と英語 mixed 2024年 12%".encode()],
)
def test_garbled_input_never_crashes(loaded_db, tmp_path, content):
    f = tmp_path / "a.txt"
    f.write_bytes(content)
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "check", str(f), "--format", "json"])
    assert r.exit_code in (0, 2) and "Traceback" not in r.output
    if r.exit_code == 0:
        assert isinstance(json.loads(r.stdout), list)


def test_corpus_evaluation(store):
    from frontload.claims.evaluate import evaluate, load_corpus

    corpus = load_corpus()
    assert len(corpus) >= 200
    kinds = {v for c in corpus for _, v in c["expect"]["verdicts"]}
    assert kinds == {"supported", "contradicted", "consistent", "not_checkable"}
    result = evaluate(store, corpus)
    assert result["accuracy"] >= 0.95, result["misses"][:5]
    assert all(a >= 0.95 for a in result["parse_accuracy"].values())


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_check_marks_claims_in_the_article(loaded_db, tmp_path, fmt):
    f = tmp_path / "a.html"
    f.write_text(
        "<p>In 2024 China imported $12.5 billion of integrated circuits from the US.</p>"
        "<p>Analysts <b>cheered</b> &amp; worried.</p><script>var x = 5;</script>"
    )
    r = CliRunner().invoke(
        app, ["--db", str(loaded_db), "check", str(f), "--date", "2025-02-10", "--format", fmt]
    )
    assert r.exit_code == 0, r.output
    assert "contradicted" in r.stdout and "var x" not in r.stdout
    if fmt == "markdown":
        assert "from the US. **[1✗]**" in r.stdout and "| 1 |" in r.stdout
    else:
        assert "<sup>[1✗]</sup>" in r.stdout and "&amp; worried" in r.stdout and "<b>" not in r.stdout


@pytest.mark.parametrize(
    ("sentence", "date", "verdict", "data"),
    [
        # The GACC release as quoted: above USD 1 bn every month June–October 2024.
        (
            "China's monthly purchases of US chips have stayed above $1 billion every month since June.",
            dt.date(2024, 11, 20),
            "supported",
            1e9,
        ),
        # Comtrade monthly, US imports of processors from Taiwan (raw file: lowest Nov 2025–Jul 2026 is 1.116 bn).
        (
            "US imports of processors from Taiwan have been above $1 billion every month since November 2025.",
            dt.date(2026, 8, 15),
            "supported",
            None,
        ),
        (
            "US imports of processors from Taiwan have been above $1.5 billion every month since November 2025.",
            dt.date(2026, 8, 15),
            "contradicted",
            None,
        ),
    ],
)
def test_streak_claims(store, sentence, date, verdict, data):
    from ..conftest import raw_kazookat

    (v,) = check_text(store, sentence, date)
    assert (v.measure, v.verdict) == ("streak", verdict), v.explanation
    if data is not None:
        assert v.data_value == data
    else:
        raw = raw_kazookat("USA", "M", "490", "854231")
        months = [f"2025-{m:02d}" for m in (11, 12)] + [f"2026-{m:02d}" for m in range(1, 8)]
        expect = min(raw[k] for k in months) if verdict == "supported" else raw["2025-11"]
        assert v.data_value == pytest.approx(expect)


def test_quarter_claims(store):
    from ..conftest import raw_kazookat

    raw = raw_kazookat("USA", "M", "490", "854231")
    q3 = raw["2025-07"] + raw["2025-08"] + raw["2025-09"]
    (v,) = check_text(
        store,
        f"In the third quarter of 2025, US imports of processors from Taiwan were ${q3 / 1e9:.2f} billion.",
        dt.date(2026, 1, 15),
    )
    assert v.verdict == "supported" and v.data_value == pytest.approx(q3)
