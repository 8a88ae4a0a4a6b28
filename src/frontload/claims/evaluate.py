"""Score the claim checker on the labelled corpus (``claims/corpus.jsonl``).

Each corpus line has the claim text, the article date and the expected parse
(reporter, partner, product, period) and verdicts. Reported: per verdict,
precision and recall; per parse field, the share of claims read right; and the
list of misses, so a regression names the sentence that broke.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from ..model import period_label
from ..store.store import Store
from .parse import Claim, parse
from .verify import Verdict, check_text, shared_lookups

VERDICTS = ("supported", "contradicted", "consistent", "not_checkable")


def load_corpus(path: Path | None = None) -> list[dict[str, Any]]:
    text = (
        path.read_text(encoding="utf-8")
        if path
        else resources.files("frontload").joinpath("claims", "corpus.jsonl").read_text(encoding="utf-8")
    )
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def evaluate(store: Store, corpus: list[dict[str, Any]]) -> dict[str, Any]:
    """Scores on the whole corpus and, under ``subsets``, on each origin separately: the hand-written
    press sentences ("hand") and the templated ones ("template"), which only measure how well the
    reader covers our own templates."""
    with shared_lookups():
        checked = [check_text(store, c["text"], dt.date.fromisoformat(c["date"])) for c in corpus]
    # The first claim as read, for the cases that say how it should be read: parsed once, scored twice.
    first = [
        _first(c["text"], dt.date.fromisoformat(c["date"])) if "reporter" in c["expect"] else None
        for c in corpus
    ]
    result = _score(corpus, checked, first)
    origins = sorted({c.get("origin", "template") for c in corpus})
    result["subsets"] = {}
    for o in origins:
        idx = [i for i, c in enumerate(corpus) if c.get("origin", "template") == o]
        sub = _score([corpus[i] for i in idx], [checked[i] for i in idx], [first[i] for i in idx])
        result["subsets"][o] = {k: v for k, v in sub.items() if k != "misses"}
    return result


def _first(text: str, today: dt.date) -> Claim | None:
    """The first trade claim of a case (the one its expected parse describes)."""
    claims = parse(text, today)
    return next((c for c in claims if c.kind != "not_trade"), claims[0] if claims else None)


def _score(
    corpus: list[dict[str, Any]], checked: list[list[Verdict]], first: list[Claim | None]
) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter()
    fields: Counter[str] = Counter()
    field_total: Counter[str] = Counter()
    misses = []
    for case, got, c in zip(corpus, checked, first, strict=True):
        exp = case["expect"]
        exp_pairs = [tuple(p) for p in exp["verdicts"]]
        # Each expected verdict takes the first verdict of the same measure not yet taken (one claim
        # per quantity mention: the verdicts come in text order, not in a fixed order of measures).
        used: set[int] = set()
        for measure, verdict in exp_pairs:
            i = next((j for j, v in enumerate(got) if j not in used and v.measure == measure), None)
            if i is not None:
                used.add(i)
            g = got[i].verdict if i is not None else "missed"
            confusion[(verdict, g)] += 1
            if g != verdict:
                misses.append(
                    {
                        "text": case["text"],
                        "expected": verdict,
                        "got": g,
                        "measure": measure,
                        "origin": case.get("origin", "template"),
                        "why": got[i].explanation if i is not None else "",
                    }
                )
        if c is not None:
            read = {
                "reporter": c.reporter,
                "partner": c.partner,
                "product": list(c.product),
                "period": period_label(c.period_start, c.months) if c.period_start and c.months else None,
            }
            for k in ("reporter", "partner", "product", "period"):
                field_total[k] += 1
                fields[k] += read[k] == exp[k]
    per_verdict = {}
    for v in VERDICTS:
        tp = confusion[(v, v)]
        predicted = sum(n for (e, g), n in confusion.items() if g == v)
        actual = sum(n for (e, g), n in confusion.items() if e == v)
        per_verdict[v] = {
            "precision": tp / predicted if predicted else None,
            "recall": tp / actual if actual else None,
            "support": actual,
        }
    return {
        "claims": len(corpus),
        "verdicts": per_verdict,
        "parse_accuracy": {k: fields[k] / field_total[k] for k in field_total},
        "accuracy": sum(n for (e, g), n in confusion.items() if e == g) / max(sum(confusion.values()), 1),
        "checked": sum(confusion.values()),
        "misses": misses,
    }


def to_markdown(result: dict[str, Any]) -> str:
    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x * 100:.1f}%"

    lines = [
        f"{result['claims']} claims ({result.get('checked', '?')} verdicts expected), verdict accuracy "
        f"{pct(result['accuracy'])}",
        "",
    ]
    subsets = result.get("subsets") or {}
    names = list(subsets)
    head = "| verdict | support | precision | recall |" + "".join(
        f" {n}: support | {n}: precision | {n}: recall |" for n in names
    )
    lines += [head, "|---" * (4 + 3 * len(names)) + "|"]
    for v, r in result["verdicts"].items():
        row = f"| {v} | {r['support']} | {pct(r['precision'])} | {pct(r['recall'])} |"
        for n in names:
            sr = subsets[n]["verdicts"][v]
            row += f" {sr['support']} | {pct(sr['precision'])} | {pct(sr['recall'])} |"
        lines.append(row)
    acc = (
        "| verdict accuracy | | | "
        + pct(result["accuracy"])
        + " |"
        + "".join(f" {subsets[n]['claims']} claims | | {pct(subsets[n]['accuracy'])} |" for n in names)
    )
    lines.append(acc)
    lines += [
        "",
        "| parse field | accuracy |" + "".join(f" {n} |" for n in names),
        "|---|---|" + "---|" * len(names),
    ]
    for k, v in result["parse_accuracy"].items():
        lines.append(
            f"| {k} | {pct(v)} |" + "".join(f" {pct(subsets[n]['parse_accuracy'].get(k))} |" for n in names)
        )
    return "\n".join(lines)
