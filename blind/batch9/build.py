"""Build batch 9 JSONL files (texts/verdicts by hand; truths via truth.py look-ups)."""
import json
from collections import Counter
from pathlib import Path

from passages import S
from articles import A

HERE = Path(__file__).resolve().parent
KINDS = {"amount", "change", "multiple", "direction", "share", "rank", "record", "streak", "count", "not_trade"}
VERDICTS = {"supported", "contradicted", "consistent", "not_checkable"}


def check(item, text):
    for lab in item["labels"]:
        assert lab["kind"] in KINDS, (item["id"], lab)
        assert lab["verdict"] in VERDICTS, (item["id"], lab)
        assert text.count(lab["quote"]) >= lab["occurrence"], (item["id"], lab["quote"])
        assert lab["truth"], (item["id"], lab["quote"])


ids = [s["id"] for s in S] + [a["id"] for a in A]
assert len(ids) == len(set(ids)), "duplicate ids"
for s in S:
    check(s, s["text"])
for a in A:
    text = (HERE / a["file"]).read_text(encoding="utf-8")
    assert text.startswith("# "), a["id"]
    check(a, text)

with open(HERE / "sentences.jsonl", "w", encoding="utf-8") as f:
    for s in S:
        f.write(json.dumps(s, ensure_ascii=False) + "\n")
with open(HERE / "articles.jsonl", "w", encoding="utf-8") as f:
    for a in A:
        f.write(json.dumps(a, ensure_ascii=False) + "\n")

labs_s = [l for s in S for l in s["labels"]]
labs_a = [l for a in A for l in a["labels"]]
print(f"passages: {len(S)} ({len(labs_s)} labels); articles: {len(A)} ({len(labs_a)} labels)")
for name, labs in (("all", labs_s + labs_a), ("passages", labs_s), ("articles", labs_a)):
    print(name, "verdicts:", dict(Counter(l["verdict"] for l in labs)))
    print(name, "kinds:", dict(Counter(l["kind"] for l in labs)))
for a in A:
    print(a["id"], len(a["labels"]), dict(Counter(l["verdict"] for l in a["labels"])))
