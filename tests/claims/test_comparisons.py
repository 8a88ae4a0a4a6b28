"""Shares, ranks, combined totals, records, counts, non-trade numbers and garbled input.

Expected values are computed here from the raw bundled files (csv module), never through frontload:
SEMI billings by region as printed, US imports by partner (Comtrade monthly, KazooKat file), GACC's
counts of chips as quoted.
"""

from __future__ import annotations

import datetime as dt
import json
import random

import pytest
from typer.testing import CliRunner

from frontload.claims.verify import check_text
from frontload.cli import app

from ..conftest import DATA, raw_kazookat, read_csv
from .raw import highest_month


def semi(period: str, region: str) -> float:
    """SEMI billings (USD) as printed; the periods used here have one value on every page."""
    rows = read_csv(DATA / "semi_equipment_billings_transcribed" / "semi_equipment_billings_by_region.csv")
    values = {float(r["billings_usd_bn"]) for r in rows if r["period"] == period and r["region"] == region}
    assert len(values) == 1, values
    return values.pop() * 1e9


def one(store, text: str, date: dt.date, measure: str):
    got = [v for v in check_text(store, text, date) if v.measure == measure]
    assert len(got) == 1, [(v.measure, v.verdict, v.explanation) for v in check_text(store, text, date)]
    return got[0]


@pytest.mark.parametrize(
    ("period", "words", "date"),
    [
        ("2024Q2", "the second quarter of 2024", dt.date(2024, 9, 10)),
        ("2024Q3", "the third quarter of 2024", dt.date(2024, 12, 10)),
        ("2024", "2024", dt.date(2025, 4, 10)),
    ],
)
def test_combined_total_of_korea_taiwan_and_the_us(store, period, words, date):
    china = semi(period, "China")
    others = semi(period, "Korea") + semi(period, "Taiwan") + semi(period, "North America")
    v = one(
        store,
        f"China's spending on chipmaking equipment in {words} exceeded the combined total of "
        "Korea, Taiwan and the US.",
        date,
        "combined",
    )
    assert v.verdict == ("supported" if china > others else "contradicted")
    assert v.data_value == pytest.approx(china) and v.claimed == pytest.approx(others)
    assert "North America" in v.explanation  # SEMI's region for the US, said so
    assert len(v.evidence) == 4


def test_one_third_of_global_demand(store):
    share = semi("2024", "China") / semi("2024", "Total") * 100
    v = one(
        store,
        "China accounted for one-third of global demand for semiconductor equipment in 2024.",
        dt.date(2025, 4, 10),
        "share",
    )
    assert abs(share - 100 / 3) > 3 and v.verdict == "contradicted"
    assert v.data_value == pytest.approx(share)
    v = one(
        store,
        f"China accounted for {round(share)}% of global chip equipment spending in 2024.",
        dt.date(2025, 4, 10),
        "share",
    )
    assert v.verdict == "supported"


def test_rank_of_a_region_and_of_a_partner(store):
    regions = ["China", "Korea", "Taiwan", "Japan", "North America", "Europe", "Rest of World"]
    order = sorted(regions, key=lambda r: -semi("2024", r))
    v = one(
        store, "Taiwan was the second-largest market for chip equipment in 2024.", dt.date(2025, 4, 1), "rank"
    )
    assert v.verdict == ("supported" if order[1] == "Taiwan" else "contradicted")
    assert v.data_value == order.index("Taiwan") + 1
    # US processor imports 2025 by partner: Taiwan first among the partners in the file; whether the
    # partners outside the file could overtake it decides between supported and consistent.
    codes = {"490": "TWN", "458": "MYS", "410": "KOR", "156": "CHN", "704": "VNM", "392": "JPN"}
    year = [f"2025-{m:02d}" for m in range(1, 13)]
    vals = {
        iso: sum(raw_kazookat("USA", "M", code, "854231")[k] for k in year) for code, iso in codes.items()
    }
    world = sum(raw_kazookat("USA", "M", "0", "854231")[k] for k in year)
    residual = world - sum(vals.values())
    ranked = sorted(vals, key=lambda k: -vals[k])
    v = one(
        store,
        "Malaysia was the second-largest source of US processor imports in 2025.",
        dt.date(2026, 3, 1),
        "rank",
    )
    assert ranked[1] == "MYS" and residual > vals["MYS"] and v.verdict == "consistent"
    assert "could change the order" in v.explanation
    v = one(
        store,
        "Taiwan accounted for nearly a third of US processor imports in 2025.",
        dt.date(2026, 3, 1),
        "share",
    )
    assert v.data_value == pytest.approx(vals["TWN"] / world * 100) and v.verdict == "supported"


def test_records(store):
    raw = raw_kazookat("USA", "M", "410", "854232")
    months = sorted(raw)
    higher = [k for k in months if k < "2026-07" and raw[k] >= raw["2026-07"]]
    v = one(
        store,
        "US imports of memory chips from Korea rose to $328 million in July 2026, the highest since 2022.",
        dt.date(2026, 9, 1),
        "record",
    )
    assert higher and higher[-1] > "2022-12" and v.verdict == "contradicted"
    assert v.data_value == raw["2026-07"]


def test_unbounded_record_is_consistent_bounded_record_is_proved(store):
    """One rule for records (docs/claims.md): the highest month of a series that starts in Nov 2016
    is only consistent with "a record" (earlier months are not in the store), while a record
    bounded inside the series ("the lowest in at least nine years") is proved by it."""
    raw = raw_kazookat("USA", "M", "490", "854231")  # processors from Taiwan
    _, first, name = highest_month(raw)
    v = one(
        store,
        f"US imports of processors from Taiwan hit a record in {name}.",
        first + dt.timedelta(days=27 + 40),
        "record",
    )
    assert v.verdict == "consistent" and "not provable" in v.explanation
    low = raw_kazookat("USA", "M", "156", "854231")  # processors from China
    dec = low["2025-12"]
    assert all(low[k] > dec for k in low if k < "2025-12")  # the lowest month of the whole file
    v = one(
        store,
        f"US imports of processors from China sank to ${dec / 1e6:.1f} million in December 2025, "
        "the lowest in at least nine years.",
        dt.date(2026, 1, 20),
        "record",
    )
    assert v.verdict == "supported"


@pytest.mark.parametrize(
    ("text", "today", "verdict", "needle"),
    [
        # SEMI's China quarters have gaps: the highest printed quarter is only consistent with "a record".
        (
            "China's equipment billings hit a record $12.93 billion in the third quarter of 2024.",
            dt.date(2024, 12, 10),
            "consistent",
            "missing",
        ),
        # Against earlier releases as quoted: 2022 (USD 415.6 bn) was higher than 2024's USD 385 bn.
        (
            "China's imports of integrated circuits rose 10.4% to a record $385 billion last year.",
            dt.date(2025, 1, 20),
            "contradicted",
            "2022",
        ),
    ],
)
def test_records_against_reported_figures(store, text, today, verdict, needle):
    v = one(store, text, today, "record")
    assert v.verdict == verdict and needle in v.explanation


def test_counts_of_chips(store):
    rows = read_csv(DATA / "gacc_ic_imports_headline_transcribed" / "china_ic_imports_headline_figures.csv")
    units = next(
        float(r["value"]) for r in rows if r["measure"] == "import_quantity" and r["period_label"] == "2024"
    )
    v = one(
        store,
        "China imported 549.2 billion units of integrated circuits in 2024.",
        dt.date(2025, 1, 20),
        "quantity",
    )
    assert v.verdict == "supported" and v.data_value == pytest.approx(units * 1e9)
    v = one(store, "China imported 1.2 billion chips in 2024.", dt.date(2025, 1, 20), "quantity")
    assert v.verdict == "contradicted"


@pytest.mark.parametrize(
    ("sentence", "reason"),
    [
        ("SMIC's 7nm chips are two generations behind TSMC.", "technology node"),
        ("Washington is weighing a 25% tariff on Chinese chips.", "tariff rate"),
        ("President Trump threatened tariffs of up to 100% on imported chips.", "tariff rate"),
        ("On October 7, 2022, the US imposed sweeping export controls.", "date"),
        ("More than 140 Chinese companies were added to the Entity List.", "count of companies"),
        ("中国の2020年の集積回路輸入額は3500.6億ドルだった。", "3500.6億ドル"),
    ],
)
def test_numbers_that_are_not_trade_claims(store, sentence, reason):
    got = check_text(store, sentence, dt.date(2024, 11, 20))
    # Each number is a mention of its own ("7nm" and "two generations"): all not checkable, one
    # of them for the reason expected.
    assert got and all(
        (v.measure, v.verdict) == ("none", "not_checkable") and v.data_value is None for v in got
    )
    assert all("not a trade claim" in v.explanation for v in got)
    assert any(reason in v.explanation for v in got), [v.explanation for v in got]


def test_a_tariff_rate_is_not_read_as_a_change(store):
    got = check_text(
        store,
        "China imported $11.75bn of US integrated circuits in 2024 despite a 25% tariff.",
        dt.date(2025, 2, 10),
    )
    assert [(v.measure, v.verdict) for v in got] == [("amount", "supported"), ("none", "not_checkable")]
    assert got[1].claim.quote == "25% tariff" and "tariff rate" in got[1].explanation


def test_gap_explanations_name_the_usual_causes(store):
    (v,) = check_text(
        store, "In 2024 China imported $12.5 billion of chips from the US.", dt.date(2025, 2, 10)
    )
    assert v.verdict == "contradicted"
    for cause in ("revisions", "vintage", "mirror data", "CIF vs FOB", "currency conversion", "HS scope"):
        assert cause in v.explanation, cause
    assert "rounding" not in v.explanation  # a 6% gap is not a rounding matter
    raw = {
        int(r["refYear"]): float(r["primaryValue"])
        for r in read_csv(
            DATA
            / "comtrade_china_imports_from_us_8542_annual"
            / "china_imports_from_usa_hs8542_annual_2010_2024_comtrade.csv"
        )
        if r["partner2Code"] == "0"
    }
    near = (raw[2024] + 0.13e9) / 1e9  # just outside ±0.05 bn
    (v,) = check_text(
        store, f"China imported ${near:.1f} billion of chips from the US in 2024.", dt.date(2025, 2, 10)
    )
    assert v.verdict == "contradicted" and "rounding" in v.explanation
    (v,) = check_text(
        store, "China bought RMB 1.81 trillion of integrated circuits in 2022.", dt.date(2023, 2, 1)
    )
    assert v.verdict == "not_checkable" and "currency conversion" in v.explanation


def test_five_megabytes_of_text_completes(store):
    """A generated 5 MB text with trade-looking sentences returns verdicts (its time is measured in
    benchmarks/claims.py, not asserted here)."""
    rng = random.Random(5)
    words = [
        "the",
        "of",
        "and",
        "to",
        "in",
        "chips",
        "China",
        "imports",
        "exports",
        "rose",
        "fell",
        "analysts",
        "Taiwan",
        "Korea",
        "U.S.",
        "market",
    ]
    parts: list[str] = []
    size = 0
    while size < 5_000_000:
        s = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 30)))
        if rng.random() < 0.2:
            s += f" {rng.uniform(0, 20):.2f} billion dollars in {rng.choice(['October', '2023', 'the first half'])}"
        parts.append(s + ". ")
        size += len(parts[-1])
    text = "".join(parts)
    got = check_text(store, text, dt.date(2025, 1, 1))
    assert (
        len(text) >= 5_000_000
        and got
        and all(v.verdict in ("supported", "contradicted", "consistent", "not_checkable") for v in got)
    )


@pytest.mark.parametrize(
    "content",
    [
        b"\xff\xfe\x00\x00binary\x00data",
        b"<html><body><p>China imported $11.75bn of US chips in 2024.<p><div><script>var x=",
        "Chinas Importe von Chips: 11,75 Mrd. USD im Jahr 2024. 中国の輸入は3500.6億ドル。".encode(),
        b"   \n\n  ",
    ],
)
def test_garbled_input_gives_a_message_or_a_clean_result(loaded_db, tmp_path, content):
    f = tmp_path / "article.html"
    f.write_bytes(content)
    r = CliRunner().invoke(app, ["--db", str(loaded_db), "check", str(f), "--date", "2025-02-10"])
    assert "Traceback" not in r.output
    assert r.exception is None or isinstance(r.exception, SystemExit)
    assert r.exit_code in (0, 2)
    if r.exit_code == 2:
        assert "not a text file" in r.output


def test_corpus_covers_every_construct_and_reports_both_subsets(store):
    from frontload.claims.evaluate import evaluate, load_corpus

    corpus = load_corpus()
    measures = {m for c in corpus for m, _ in c["expect"]["verdicts"]}
    assert measures >= {
        "amount",
        "change",
        "streak",
        "share",
        "rank",
        "combined",
        "record",
        "quantity",
        "none",
    }
    hand = [c for c in corpus if c["origin"] == "hand"]
    assert len(hand) >= 50
    assert {v for c in hand for _, v in c["expect"]["verdicts"]} == {
        "supported",
        "contradicted",
        "consistent",
        "not_checkable",
    }
    result = evaluate(store, corpus)
    assert set(result["subsets"]) == {"hand", "template"}
    assert result["subsets"]["hand"]["claims"] == len(hand)
    assert result["subsets"]["hand"]["accuracy"] >= 0.9, [
        m for m in result["misses"] if m["origin"] == "hand"
    ]
    assert result["subsets"]["template"]["accuracy"] >= 0.95


def test_a_claim_that_repeats_the_release_is_supported_and_the_flows_difference_named(store):
    """GACC as quoted: China's 2024 IC exports USD 159 bn, +17.4%; Comtrade (raw file) has another figure."""
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )
    comtrade = next(
        float(r["primaryValue"]) for r in rows if r["reporterISO"] == "CHN" and r["refYear"] == "2024"
    )
    assert abs(comtrade - 159e9) > 0.5e9  # the flows alone would contradict "$159 billion"
    change, amount = check_text(
        store,
        "China's exports of integrated circuits rose 17.4% to $159 billion in 2024.",
        dt.date(2025, 1, 20),
    )
    assert (amount.verdict, change.verdict) == ("supported", "supported")
    assert "the flows differ" in amount.explanation and "revisions" in amount.explanation
    assert any("reported figure" in e for e in amount.evidence) and any(
        "comtrade" in e for e in amount.evidence
    )


def test_us_dollar_sign_is_not_the_united_states(store):
    from frontload.claims.parse import parse

    (c,) = parse(
        "Over January-November 2024, China's chip import bill came to US$349 billion.", dt.date(2024, 12, 15)
    )
    assert (c.reporter, c.partner, c.months, c.amount) == ("CHN", None, 11, 349e9)


def test_mirror_count_and_hs_scope_are_named(store):
    rows = read_csv(
        DATA / "china_lithography_imports_transcribed" / "china_lithography_equipment_imports_transcribed.csv"
    )
    dutch_2023 = next(
        float(r["value_as_printed"])
        for r in rows
        if r["measure"] == "import_units"
        and r["partner"] == "Netherlands"
        and r["period_start"] == "2023-01"
        and r["period_end"] == "2023-12"
    )
    v = one(
        store,
        "The Netherlands shipped 176 lithography systems to China in 2023.",
        dt.date(2024, 2, 1),
        "quantity",
    )
    assert (
        v.verdict == ("supported" if dutch_2023 == 176 else "contradicted") and "mirror data" in v.explanation
    )
    change, amount = check_text(
        store,
        "Korean chip exports to China fell 34.9% to $4.9 billion in October 2019.",
        dt.date(2019, 11, 22),
    )
    assert (amount.verdict, change.verdict) == ("supported", "supported")
    assert "HS scope" in amount.explanation and "semiconductors" in amount.explanation


def test_company_news_is_not_a_trade_claim(store):
    (v,) = check_text(store, "Shares of SMIC rose 5% on Tuesday.", dt.date(2024, 11, 20))
    assert (v.measure, v.verdict) == ("none", "not_checkable") and "company or market news" in v.explanation


def test_to_dict_keeps_its_keys_and_adds_the_comparison(store):
    (v,) = check_text(
        store, "Taiwan was the second-largest market for chip equipment in 2024.", dt.date(2025, 4, 1)
    )
    d = v.to_dict()
    assert {
        "sentence",
        "verdict",
        "measure",
        "claimed",
        "data",
        "tolerance",
        "evidence",
        "explanation",
        "understood",
    } <= set(d)
    assert {"reporter", "partner", "flow", "product", "period", "currency"} <= set(d["understood"])
    assert d["understood"]["comparison"] == "rank" and d["understood"]["rank"] == 2
    assert d["source"] == "reported figures"


def test_broken_html_with_unclosed_scripts_is_read_in_one_pass(loaded_db, tmp_path):
    """A regex stripping <script>…</script> scans to the end of the text for every unclosed script
    (minutes for a megabyte); the HTML parser reads it once and drops what follows an open script."""
    f = tmp_path / "broken.html"
    f.write_text(
        "<p>China imported $11.75bn of US integrated circuits in 2024.</p>"
        + "<p>Analysts said <script>var x=1; " * 50_000,
        encoding="utf-8",
    )
    r = CliRunner().invoke(
        app, ["--db", str(loaded_db), "check", str(f), "--date", "2025-02-10", "--format", "json"]
    )
    assert r.exit_code == 0, r.output
    got = json.loads(r.stdout)
    assert [(v["measure"], v["verdict"]) for v in got] == [("amount", "supported")]
    assert "var x" not in r.stdout


def test_article_text_keeps_plain_text_and_paragraphs():
    from frontload.claims.parse import article_text

    assert article_text("Plain: 5 < 6, and 7 > 3.") == "Plain: 5 < 6, and 7 > 3."
    text = article_text("<html><body><p>One &amp; two.</p><p>Three<style>p{}</style></p>")
    assert "One & two." in text and "Three" in text and "p{}" not in text and "\n\n" in text


def test_text_without_full_stops_is_read_in_pieces():
    from frontload.claims.parse import parse, sentences

    text = "China imported $1bn of chips in 2024 with a 25% tariff " * 2_000  # 110,000 characters, no stop
    pieces = sentences(text)
    assert len(pieces) > 100 and all(len(s) <= 1_000 for _, s in pieces)
    assert all(text[o : o + len(s)] == s for o, s in pieces)  # offsets still point into the text
    assert parse(text[:2_000], dt.date(2025, 1, 1))


def test_two_comparisons_in_one_sentence_are_two_claims(store):
    china, total = semi("2024Q2", "China"), semi("2024Q2", "Total")
    others = semi("2024Q2", "Korea") + semi("2024Q2", "Taiwan") + semi("2024Q2", "North America")
    got = check_text(
        store,
        "China's spending on chipmaking equipment reached $12.21 billion in the second quarter of "
        "2024, exceeding the combined total of Korea, Taiwan and the US, and China accounted for more "
        "than 40 per cent of global chip equipment sales.",
        dt.date(2024, 11, 20),
    )
    assert [v.measure for v in got] == ["amount", "combined", "share"]  # in text order
    assert got[2].verdict == ("supported" if china / total > 0.4 else "contradicted")
    assert got[1].verdict == ("supported" if china > others else "contradicted")
    assert got[1].claimed == pytest.approx(others)  # China is not counted among those it is compared with


def test_among_the_n_largest_is_a_rank_of_at_most_n(store):
    """'ranked among the world's ten largest exporters' (blind batch 5): rank 9 is inside it, not
    a claim of first place; a rank beyond N is contradicted."""
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )
    year = {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == "2023"}
    pos = sorted(year, key=lambda k: -year[k]).index("PHL") + 1
    assert 3 < pos < 12
    for n, verdict in ((pos + 1, "supported"), (pos - 2, "contradicted")):
        v = one(
            store,
            f"The Philippines ranked among the world's {n} largest exporters of integrated circuits in 2023.",
            dt.date(2024, 6, 1),
            "rank",
        )
        assert v.verdict == verdict and v.data_value == pos, v.explanation


def test_a_share_that_fell_to_a_level_is_two_claims(store):
    """'<economy>'s share of world chip exports fell to N% in 2023' (blind batch 5: the level's
    verdict was reported on 'fell'): the move (against the year before) and the level are checked
    each on its own span."""
    rows = read_csv(
        DATA / "comtrade_8542_exports_world_all_reporters" / "ic_exports_world_HS8542_raw.csv",
        encoding="latin-1",
    )

    def share(iso: str, year: str) -> float:
        vals = {r["reporterISO"]: float(r["primaryValue"]) for r in rows if r["refYear"] == year}
        return vals[iso] / sum(vals.values()) * 100

    names = {"HKG": "Hong Kong", "SGP": "Singapore", "KOR": "South Korea", "CHN": "China", "MYS": "Malaysia"}
    iso = next(k for k in names if abs(share(k, "2023") - share(k, "2022")) > 1.0)
    now, then = share(iso, "2023"), share(iso, "2022")
    right, wrong = ("rose", "fell") if now > then else ("fell", "rose")
    for word, verdict in ((right, "supported"), (wrong, "contradicted")):
        text = f"{names[iso]}'s share of world chip exports {word} to {now + 5:.0f}% in 2023."
        got = check_text(store, text, dt.date(2024, 6, 1))
        move = next(v for v in got if v.claim.quote == word)
        level = next(v for v in got if v.claim.quote == f"{now + 5:.0f}%")
        assert move.verdict == verdict and move.measure == "direction", move.explanation
        assert level.verdict == "contradicted", level.explanation  # five points off
