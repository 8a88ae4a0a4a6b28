"""Build blind batch 11: writes sentences.jsonl, articles.jsonl and articles/a1..a4.md.

Texts and verdicts are written by hand (passages.py, articles_src.py); every `truth` string is
computed at build time by truth.py look-ups (pandas) in the raw files under
/work/main/src/frontload/data. Validates quotes/occurrences, ids, kinds, verdicts; prints counts.
Run: python build.py (from this folder, with pandas)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(1, str(HERE.parent))  # blind/truth.py: the lead removed this batch's copy (identical but for its DATA path)

from passages import passages  # noqa: E402
from articles_src import articles  # noqa: E402

KINDS = {"amount", "change", "multiple", "direction", "share", "rank", "record", "streak", "count", "not_trade"}
VERDICTS = {"supported", "contradicted", "consistent", "not_checkable"}


def check_labels(where: str, text: str, labels: list[dict], errors: list[str], warn: list[str]) -> None:
    spans = []
    for lab in labels:
        q, occ = lab["quote"], lab["occurrence"]
        if lab["kind"] not in KINDS:
            errors.append(f"{where}: bad kind {lab['kind']}")
        if lab["verdict"] not in VERDICTS:
            errors.append(f"{where}: bad verdict {lab['verdict']}")
        if lab["verdict"] == "contradicted" and not lab.get("note"):
            lab["note"] = f"text figure {q!r} is off by more than 8% (or 3 points) from the data figure in truth"
        if not lab.get("truth"):
            errors.append(f"{where}: empty truth for {q!r}")
        pos, start = -1, 0
        for _ in range(occ):
            pos = text.find(q, start)
            if pos < 0:
                break
            start = pos + 1
        if pos < 0:
            errors.append(f"{where}: quote {q!r} occurrence {occ} not found")
            continue
        n = text.count(q)
        if n > 1:
            warn.append(f"{where}: {q!r} occurs {n}x, using occurrence {occ} at {pos}: ...{text[max(0, pos-30):pos+len(q)+10]!r}")
        span = (pos, pos + len(q))
        for s in spans:
            if s == span:
                errors.append(f"{where}: duplicate label span for {q!r}")
        spans.append(span)


def main() -> None:
    errors: list[str] = []
    warn: list[str] = []
    sents = passages()
    ids = [s["id"] for s in sents]
    if len(ids) != len(set(ids)):
        errors.append("duplicate passage ids")
    for s in sents:
        n_sent = s["text"].count(". ") + s["text"].count("? ") + 1
        if n_sent > 3:
            warn.append(f"{s['id']}: maybe more than 3 sentences")
        check_labels(s["id"], s["text"], s["labels"], errors, warn)
    arts = articles()
    aids = [a[0] for a in arts]
    if len(aids) != len(set(aids)):
        errors.append("duplicate article ids")
    for aid, date, text, labels in arts:
        paras = [p for p in text.split("\n\n")[1:] if p.strip()]
        if not 5 <= len(paras) <= 9:
            errors.append(f"{aid}: {len(paras)} paragraphs")
        if not 15 <= len(labels) <= 34:
            warn.append(f"{aid}: {len(labels)} labels")
        check_labels(aid, text, labels, errors, warn)
    for w in warn:
        print("WARN", w)
    if errors:
        for e in errors:
            print("ERROR", e)
        sys.exit(1)
    (HERE / "articles").mkdir(exist_ok=True)
    with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
        for s in sents:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
        for aid, date, text, labels in arts:
            (HERE / "articles" / f"{aid}.md").write_text(text, encoding="utf-8")
            f.write(json.dumps({"id": aid, "file": f"articles/{aid}.md", "date": date, "labels": labels}, ensure_ascii=False) + "\n")
    sl = [lab for s in sents for lab in s["labels"]]
    al = [lab for a in arts for lab in a[3]]
    allv = Counter(lab["verdict"] for lab in sl + al)
    print(f"passages: {len(sents)} ({len(sl)} labels); articles: {len(arts)} ({len(al)} labels: " + ", ".join(f"{a[0]} {len(a[3])}" for a in arts) + ")")
    print(f"labelled mentions: {len(sl) + len(al)}")
    tot = len(sl) + len(al)
    print("by verdict: " + ", ".join(f"{v} {allv[v]} ({100*allv[v]/tot:.0f}%)" for v in ("supported", "contradicted", "consistent", "not_checkable")))
    print("  passages: " + ", ".join(f"{v} {n}" for v, n in Counter(l['verdict'] for l in sl).most_common()))
    print("  articles: " + ", ".join(f"{v} {n}" for v, n in Counter(l['verdict'] for l in al).most_common()))
    print("by kind: " + ", ".join(f"{k} {n}" for k, n in Counter(lab["kind"] for lab in sl + al).most_common()))


if __name__ == "__main__":
    main()
