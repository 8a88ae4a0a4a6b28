"""Claim checking speed: a 1,000-word article after the store is open (target: well under a second).

    python -m benchmarks.claims

The article is corpus sentences (src/frontload/claims/corpus.jsonl) joined until 1,000 words, with
filler sentences without numbers between them, the way an article mixes prose and figures. The
baseline side by side is parsing alone (no store look-ups), so the ratio shows the cost of the
evidence.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import tempfile
import time
from pathlib import Path

from frontload import api
from frontload.claims.evaluate import load_corpus
from frontload.claims.parse import parse
from frontload.claims.verify import check_text
from frontload.store.store import Store

FILLER = "Analysts said the shipments reflected a rush to stock up before new restrictions took effect."


def article(words: int = 1000) -> str:
    parts: list[str] = []
    n = 0
    for case in load_corpus():
        for s in (case["text"], FILLER):
            parts.append(s)
            n += len(s.split())
        if n >= words:
            break
    return " ".join(parts)


def five_megabytes() -> str:
    """5 MB of generated text: trade words, with an amount and period in one sentence in five (the
    size of input the checker must survive; the same shape as the test's)."""
    rng = random.Random(5)
    words = ["the", "of", "and", "to", "in", "chips", "China", "imports", "exports", "rose", "fell",
             "analysts", "Taiwan", "Korea", "U.S.", "market"]
    parts: list[str] = []
    size = 0
    while size < 5_000_000:
        s = " ".join(rng.choice(words) for _ in range(rng.randrange(5, 30)))
        if rng.random() < 0.2:
            when = rng.choice(["October", "2023", "the first half"])
            s += f" {rng.uniform(0, 20):.2f} billion dollars in {when}"
        parts.append(s + ". ")
        size += len(parts[-1])
    return "".join(parts)


def main() -> None:
    text = article()
    today = dt.date(2025, 3, 1)
    with tempfile.TemporaryDirectory() as d:
        with Store(Path(d) / "b.duckdb") as s:
            api.load_bundled(s)
        with Store(Path(d) / "b.duckdb", read_only=True) as s:
            check_text(s, text, today)  # warm the query layer
            full = []
            for _ in range(5):
                t = time.perf_counter()
                verdicts = check_text(s, text, today)
                full.append(time.perf_counter() - t)
            big = five_megabytes()
            t = time.perf_counter()
            big_verdicts = check_text(s, big, today)
            big_time = time.perf_counter() - t
    only_parse = []
    for _ in range(5):
        t = time.perf_counter()
        parse(text, today)
        only_parse.append(time.perf_counter() - t)
    a, b = statistics.median(full), statistics.median(only_parse)
    print(f"{len(text.split())} words, {len(verdicts)} verdicts")
    print(f"check (parse + evidence) {a:.3f} s; parse only {b:.3f} s; ratio {a / b:.0f}x")
    per_word = a / len(text.split())
    big_words = len(big.split())
    print(f"5 MB ({big_words:,} words, {len(big_verdicts):,} verdicts): {big_time:.1f} s, "
          f"{big_time / big_words / per_word:.2f}x the per-word time of the 1,000-word article")


if __name__ == "__main__":
    main()
