"""Score frontload's claim checker on a blind batch (see blind/README.md).

Why this exists: the reader is judged on press text written before the code that reads
it. This script is the only thing that touches a batch: it runs the public API
(`frontload.open_store`, `frontload.claims.verify.check_text`) on every passage and
article, matches each verdict to the labelled quantity mentions and prints the score. It
never changes a batch and always exits 0 (it is a report, not a test).

Matching. A verdict matches a label when the verdict's `to_dict()["span"]` (`[start, end]`
character offsets in the text checked) overlaps the label's quote. Code from before the
redesign has no span; then a verdict matches when its claim sentence contains the quote's
start and one of the claim's printed texts (`amount_text`, `change_text`,
`comparison_text`, `quantity_text`, `period_text`) overlaps the quote; when the verdict's
`measure` names what it is about (amount, change, share, rank, record, combined, streak,
quantity) only that text is used, since one old claim gives several verdicts sharing its
texts. Among several matching verdicts the nearest (by the distance between span centres) is
taken, ties going to a verdict no other label has taken. A missed mention (no verdict) counts
as wrong.

Usage: python blind/score.py BATCH_DIR [--json OUT]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

VERDICTS = ("supported", "contradicted", "consistent", "not_checkable")
KINDS = (
    "amount",
    "change",
    "multiple",
    "direction",
    "share",
    "rank",
    "record",
    "streak",
    "count",
    "not_trade",
)
DEFINITE = ("supported", "contradicted")
MISSED = "missed"
PRINTED_TEXTS = ("amount_text", "change_text", "comparison_text", "quantity_text", "period_text")
# Old code: one Claim can give several verdicts (an amount and a record, say) that share the
# claim's printed texts; the verdict's `measure` says which text it is about.
TEXTS_BY_MEASURE = {
    "amount": ("amount_text",),
    "change": ("change_text",),
    "share": ("comparison_text",),
    "rank": ("comparison_text",),
    "record": ("comparison_text",),
    "combined": ("comparison_text",),
    "streak": ("amount_text", "period_text"),
    "quantity": ("quantity_text",),
}


@dataclass
class Label:
    """One labelled quantity mention, with its character span in the text checked."""

    doc: str
    quote: str
    occurrence: int
    kind: str
    verdict: str
    truth: str
    note: str
    start: int
    end: int


@dataclass
class Got:
    """One verdict from the checker, with the spans it can be matched by."""

    verdict: str
    spans: list[tuple[int, int]]
    sentence: str
    explanation: str
    span_from: str  # "span" (new code) or "printed texts" (old code)
    matched: int = 0


@dataclass
class Doc:
    """A passage or an article: its text, date, labels and the checker's verdicts."""

    id: str
    kind: str  # "passage" or "article"
    text: str
    date: dt.date
    labels: list[Label]
    got: list[Got] = field(default_factory=list)
    error: str | None = None
    results: list[tuple[Label, Got | None]] = field(default_factory=list)


def _find_occurrence(text: str, quote: str, occurrence: int) -> int:
    pos = -1
    for _ in range(occurrence):
        pos = text.find(quote, pos + 1)
        if pos < 0:
            return -1
    return pos


def _labels(doc_id: str, text: str, raw: list[dict[str, Any]], problems: list[str]) -> list[Label]:
    out = []
    for i, lab in enumerate(raw, 1):
        quote = lab.get("quote", "")
        occ = int(lab.get("occurrence", 1))
        start = _find_occurrence(text, quote, occ) if quote else -1
        where = f"{doc_id} label {i} ({quote!r})"
        if start < 0:
            problems.append(f"{where}: occurrence {occ} of the quote is not in the text")
            continue
        if lab.get("kind") not in KINDS:
            problems.append(f"{where}: kind {lab.get('kind')!r} is not one of {', '.join(KINDS)}")
        if lab.get("verdict") not in VERDICTS:
            problems.append(f"{where}: verdict {lab.get('verdict')!r} is not one of {', '.join(VERDICTS)}")
            continue
        out.append(
            Label(
                doc=doc_id,
                quote=quote,
                occurrence=occ,
                kind=str(lab.get("kind")),
                verdict=str(lab["verdict"]),
                truth=str(lab.get("truth", "")),
                note=str(lab.get("note", "")),
                start=start,
                end=start + len(quote),
            )
        )
    return out


def load_batch(batch: Path, problems: list[str]) -> list[Doc]:
    """Read sentences.jsonl and articles.jsonl of a batch folder."""
    docs: list[Doc] = []
    sentences = batch / "sentences.jsonl"
    if sentences.exists():
        for n, line in enumerate(sentences.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{sentences}:{n}: not JSON ({exc})")
                continue
            text = row["text"]
            docs.append(
                Doc(
                    id=row["id"],
                    kind="passage",
                    text=text,
                    date=dt.date.fromisoformat(row["date"]),
                    labels=_labels(row["id"], text, row.get("labels", []), problems),
                )
            )
    articles = batch / "articles.jsonl"
    if articles.exists():
        for n, line in enumerate(articles.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                problems.append(f"{articles}:{n}: not JSON ({exc})")
                continue
            text = (batch / row["file"]).read_text(encoding="utf-8")
            docs.append(
                Doc(
                    id=row["id"],
                    kind="article",
                    text=text,
                    date=dt.date.fromisoformat(row["date"]),
                    labels=_labels(row["id"], text, row.get("labels", []), problems),
                )
            )
    return docs


def _sentence_start(text: str, sentence: str, hint: Any) -> int:
    if isinstance(hint, int) and text[hint : hint + len(sentence)] == sentence:
        return hint
    pos = text.find(sentence)
    if pos >= 0:
        return pos
    # The checker may normalise whitespace or strip Markdown; find the sentence's first words.
    head = sentence[:40]
    return text.find(head) if head else -1


def _all_occurrences(haystack: str, needle: str) -> list[int]:
    out, pos = [], haystack.find(needle)
    while pos >= 0 and needle:
        out.append(pos)
        pos = haystack.find(needle, pos + 1)
    return out


def _got(text: str, verdict: Any) -> Got:
    d = verdict.to_dict()
    sentence = str(d.get("sentence") or "")
    span = d.get("span")
    if isinstance(span, (list, tuple)) and len(span) == 2 and all(isinstance(x, int) for x in span):
        return Got(
            str(d.get("verdict")), [(span[0], span[1])], sentence, str(d.get("explanation", "")), "span"
        )
    claim = getattr(verdict, "claim", None)
    sentence = str(getattr(claim, "sentence", None) or sentence)
    s0 = _sentence_start(text, sentence, getattr(claim, "start", None))
    spans: list[tuple[int, int]] = []
    if s0 >= 0:
        spans.append((s0, s0 + len(sentence)))  # marks the sentence; used only for containment
        attrs = TEXTS_BY_MEASURE.get(str(d.get("measure")), PRINTED_TEXTS)
        if not any(isinstance(getattr(claim, a, None), str) and getattr(claim, a) for a in attrs):
            attrs = PRINTED_TEXTS
        for attr in attrs:
            printed = getattr(claim, attr, None)
            if isinstance(printed, str) and printed:
                for off in _all_occurrences(sentence, printed):
                    spans.append((s0 + off, s0 + off + len(printed)))
    return Got(str(d.get("verdict")), spans, sentence, str(d.get("explanation", "")), "printed texts")


def _distance(label: Label, got: Got) -> float | None:
    """None when the verdict does not match the label, else the centre distance."""
    if got.span_from == "span":
        candidates = got.spans
    else:
        if not got.spans:
            return None
        s_start, s_end = got.spans[0]
        if not s_start <= label.start < s_end:
            return None
        candidates = got.spans[1:]
    best = None
    centre = (label.start + label.end) / 2
    for a, b in candidates:
        if a < label.end and label.start < b:
            dist = abs((a + b) / 2 - centre)
            best = dist if best is None else min(best, dist)
    return best


def run(docs: list[Doc]) -> None:
    """Check every document with the public API and match verdicts to labels."""
    import frontload
    from frontload.claims.verify import check_text

    store = frontload.open_store()
    for doc in docs:
        try:
            verdicts = check_text(store, doc.text, doc.date)
        except Exception as exc:  # a report: a crash on one text must not hide the rest
            doc.error = f"{type(exc).__name__}: {exc}"
            verdicts = []
        doc.got = [_got(doc.text, v) for v in verdicts]
        for label in doc.labels:
            best: tuple[tuple[float, int], Got] | None = None
            for g in doc.got:
                dist = _distance(label, g)
                if dist is None:
                    continue
                key = (dist, g.matched)  # ties go to a verdict no other label has taken
                if best is None or key < best[0]:
                    best = (key, g)
            if best is not None:
                best[1].matched += 1
            doc.results.append((label, best[1] if best else None))


def _context(text: str, label: Label, width: int = 90) -> str:
    a = max(0, label.start - width)
    b = min(len(text), label.end + width)
    return (
        ("…" if a else "")
        + text[a : label.start]
        + "[["
        + label.quote
        + "]]"
        + text[label.end : b]
        + ("…" if b < len(text) else "")
    )


def report(docs: list[Doc], problems: list[str]) -> dict[str, Any]:
    """Compute the score as a JSON-able dict."""
    rows = [(d, lab, g) for d in docs for lab, g in d.results]
    n = len(rows)
    right = sum(1 for _, lab, g in rows if g is not None and g.verdict == lab.verdict)
    confusion: dict[str, Counter[str]] = {v: Counter() for v in VERDICTS}
    for _, lab, g in rows:
        confusion[lab.verdict][g.verdict if g else MISSED] += 1
    wrong_definite = [
        (d, lab, g)
        for d, lab, g in rows
        if g and lab.verdict in DEFINITE and g.verdict in DEFINITE and g.verdict != lab.verdict
    ]
    over_confident = [
        (d, lab, g) for d, lab, g in rows if g and lab.verdict not in DEFINITE and g.verdict in DEFINITE
    ]
    missed = [(d, lab, g) for d, lab, g in rows if g is None]
    unmatched = [(d, g) for d in docs for g in d.got if not g.matched]
    by_kind: dict[str, list[int]] = {}
    for _, lab, g in rows:
        k = by_kind.setdefault(lab.kind, [0, 0])
        k[1] += 1
        k[0] += int(g is not None and g.verdict == lab.verdict)
    by_doc_kind: dict[str, list[int]] = {}
    for d, lab, g in rows:
        k = by_doc_kind.setdefault(d.kind, [0, 0])
        k[1] += 1
        k[0] += int(g is not None and g.verdict == lab.verdict)
    articles = []
    for d in docs:
        if d.kind == "article":
            found = sum(1 for _, g in d.results if g is not None)
            articles.append(
                {
                    "id": d.id,
                    "labels": len(d.results),
                    "found": found,
                    "recall": found / len(d.results) if d.results else None,
                    "right": sum(1 for lab, g in d.results if g is not None and g.verdict == lab.verdict),
                }
            )

    def item(d: Doc, lab: Label, g: Got | None) -> dict[str, Any]:
        return {
            "doc": d.id,
            "quote": lab.quote,
            "occurrence": lab.occurrence,
            "kind": lab.kind,
            "expected": lab.verdict,
            "got": g.verdict if g else MISSED,
            "context": _context(d.text, lab),
            "truth": lab.truth,
            "explanation": g.explanation if g else "",
        }

    return {
        "labelled": n,
        "right": right,
        "accuracy": right / n if n else None,
        "by_verdict_label": {v: sum(confusion[v].values()) for v in VERDICTS},
        "confusion": {v: dict(confusion[v]) for v in VERDICTS},
        "by_kind": {k: {"right": r, "labelled": t} for k, (r, t) in sorted(by_kind.items())},
        "by_doc_kind": {k: {"right": r, "labelled": t} for k, (r, t) in sorted(by_doc_kind.items())},
        "wrong_definite": [item(*x) for x in wrong_definite],
        "over_confident": [item(*x) for x in over_confident],
        "missed": [item(*x) for x in missed],
        "unmatched_verdicts": [
            {"doc": d.id, "verdict": g.verdict, "sentence": g.sentence, "explanation": g.explanation}
            for d, g in unmatched
        ],
        "articles": articles,
        "misses": [item(d, lab, g) for d, lab, g in rows if g is None or g.verdict != lab.verdict],
        "errors": [{"doc": d.id, "error": d.error} for d in docs if d.error],
        "label_problems": problems,
        "matching": sorted({g.span_from for d in docs for g in d.got}),
    }


def _pct(a: int, b: int) -> str:
    return f"{a}/{b} = {100 * a / b:.1f}%" if b else "0/0"


def print_report(r: dict[str, Any], batch: Path) -> None:
    """Print the score for a reader."""
    p = print
    p(f"# Blind batch {batch}")
    p(f"matching by: {', '.join(r['matching']) or '-'}")
    p(
        f"labelled mentions: {r['labelled']}  "
        f"({', '.join(f'{k} {v}' for k, v in r['by_verdict_label'].items())})"
    )
    p(f"verdict accuracy: {_pct(r['right'], r['labelled'])}")
    for k, v in r["by_doc_kind"].items():
        p(f"  {k}s: {_pct(v['right'], v['labelled'])}")
    p(f"wrong definite verdicts (supported <-> contradicted): {len(r['wrong_definite'])}")
    p(f"over-confident verdicts (consistent/not_checkable -> definite): {len(r['over_confident'])}")
    p(f"missed mentions (no verdict): {len(r['missed'])}")
    p(f"verdicts matching no label: {len(r['unmatched_verdicts'])}")
    p("")
    cols = [*VERDICTS, MISSED]
    p("confusion (rows: label, columns: got)")
    p("| label \\ got | " + " | ".join(cols) + " |")
    p("|---" * (len(cols) + 1) + "|")
    for v in VERDICTS:
        p(f"| {v} | " + " | ".join(str(r["confusion"][v].get(c, 0)) for c in cols) + " |")
    p("")
    p("by kind: " + ", ".join(f"{k} {v['right']}/{v['labelled']}" for k, v in r["by_kind"].items()))
    for a in r["articles"]:
        rec = a["recall"]
        p(
            f"article {a['id']}: recall {a['found']}/{a['labels']}"
            + (f" = {100 * rec:.1f}%" if rec is not None else "")
            + f", right {a['right']}/{a['labels']}"
        )
    for e in r["errors"]:
        p(f"ERROR {e['doc']}: {e['error']}")
    for prob in r["label_problems"]:
        p(f"LABEL PROBLEM {prob}")
    p("")
    p(f"## every miss ({len(r['misses'])})")
    for m in r["misses"]:
        flag = ""
        if m["expected"] in DEFINITE and m["got"] in DEFINITE:
            flag = " WRONG-DEFINITE"
        elif m["expected"] not in DEFINITE and m["got"] in DEFINITE:
            flag = " OVER-CONFIDENT"
        p(f"- {m['doc']} {m['quote']!r} ({m['kind']}): expected {m['expected']}, got {m['got']}{flag}")
        p(f"    text: {m['context']}")
        if m["explanation"]:
            p(f"    checker: {m['explanation'][:300]}")
    if r["unmatched_verdicts"]:
        p("")
        p(f"## verdicts matching no label ({len(r['unmatched_verdicts'])})")
        for u in r["unmatched_verdicts"]:
            p(f"- {u['doc']} {u['verdict']}: {u['sentence'][:160]}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("batch", type=Path, help="a batch folder (sentences.jsonl, articles.jsonl, articles/)")
    ap.add_argument("--json", type=Path, help="also write the full result as JSON here")
    args = ap.parse_args(argv)
    problems: list[str] = []
    docs = load_batch(args.batch, problems)
    run(docs)
    r = report(docs, problems)
    print_report(r, args.batch)
    if args.json:
        args.json.write_text(json.dumps(r, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
