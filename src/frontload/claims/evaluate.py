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
from .parse import parse
from .verify import check_text

VERDICTS = ("supported", "contradicted", "consistent", "not_checkable")


def load_corpus(path: Path | None = None) -> list[dict[str, Any]]:
    text = path.read_text(encoding="utf-8") if path else resources.files("frontload").joinpath(
        "claims", "corpus.jsonl").read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def evaluate(store: Store, corpus: list[dict[str, Any]]) -> dict[str, Any]:
    confusion: Counter[tuple[str, str]] = Counter()
    fields: Counter[str] = Counter()
    field_total: Counter[str] = Counter()
    misses = []
    for case in corpus:
        date = dt.date.fromisoformat(case["date"])
        exp = case["expect"]
        got = check_text(store, case["text"], date)
        got_pairs = [(v.measure, v.verdict) for v in got]
        exp_pairs = [tuple(p) for p in exp["verdicts"]]
        for i, (measure, verdict) in enumerate(exp_pairs):
            g = got_pairs[i][1] if i < len(got_pairs) and got_pairs[i][0] == measure else "missed"
            confusion[(verdict, g)] += 1
            if g != verdict:
                misses.append({"text": case["text"], "expected": verdict, "got": g,
                               "why": got[i].explanation if i < len(got) else ""})
        if "reporter" in exp:
            c = parse(case["text"], date)[0]
            read = {"reporter": c.reporter, "partner": c.partner, "product": list(c.product),
                    "period": period_label(c.period_start, c.months) if c.period_start and c.months else None}
            for k in ("reporter", "partner", "product", "period"):
                field_total[k] += 1
                fields[k] += read[k] == exp[k]
    per_verdict = {}
    for v in VERDICTS:
        tp = confusion[(v, v)]
        predicted = sum(n for (e, g), n in confusion.items() if g == v)
        actual = sum(n for (e, g), n in confusion.items() if e == v)
        per_verdict[v] = {"precision": tp / predicted if predicted else None,
                          "recall": tp / actual if actual else None, "support": actual}
    return {"claims": len(corpus), "verdicts": per_verdict,
            "parse_accuracy": {k: fields[k] / field_total[k] for k in field_total},
            "accuracy": sum(n for (e, g), n in confusion.items() if e == g) / max(sum(confusion.values()), 1),
            "misses": misses}


def to_markdown(result: dict[str, Any]) -> str:
    def pct(x: float | None) -> str:
        return "–" if x is None else f"{x * 100:.1f}%"

    lines = [f"{result['claims']} claims, verdict accuracy {pct(result['accuracy'])}", "",
             "| verdict | support | precision | recall |", "|---|---|---|---|"]
    for v, r in result["verdicts"].items():
        lines.append(f"| {v} | {r['support']} | {pct(r['precision'])} | {pct(r['recall'])} |")
    lines += ["", "| parse field | accuracy |", "|---|---|"]
    lines += [f"| {k} | {pct(v)} |" for k, v in result["parse_accuracy"].items()]
    return "\n".join(lines)
