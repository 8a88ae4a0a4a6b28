"""Count the event loop thread's stacks in a ``--loop-lag`` run's faulthandler dumps (web/lag.py).

    python -m benchmarks.loop_stacks DIR/after.looplag.tracebacks [--frames 5]

Each dump is a lag of the loop (> 25 ms); the loop's thread is the one running asyncio's loop.
"""

from __future__ import annotations

import argparse
import collections
import re


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--frames", type=int, default=5)
    args = ap.parse_args()
    with open(args.file) as f:
        dumps = f.read().split("Timeout (")[1:]
    stacks: collections.Counter[str] = collections.Counter()
    for d in dumps:
        for t in d.split("\n\n"):
            if "base_events.py" in t:
                lines = [ln.strip() for ln in t.splitlines() if ln.strip().startswith("File")]
                stacks[" <- ".join(re.sub(r'File ".*/([^/]*)", line (\d+) in (.*)', r"\1:\2 \3", ln)
                                   for ln in lines[:args.frames])] += 1
                break
    print(f"{len(dumps)} dumps (each a lag of the loop > 25 ms); the loop thread's innermost frames:")
    for s, n in stacks.most_common(20):
        print(f"{n:5d}  {s}")


if __name__ == "__main__":
    main()
