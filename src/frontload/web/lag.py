"""A probe of the event loop's lag (``FRONTLOAD_WEB_LOOPLAG=FILE``, ``benchmarks.web --loop-lag``).

A heartbeat on the loop sleeps 5 ms at a time and notes how late it wakes. At every beat it re-arms
``faulthandler.dump_traceback_later``: if the loop does not beat again within 25 ms, faulthandler's
own C thread writes every thread's stack to ``FILE.tracebacks``, without needing the GIL (a Python
sampling thread cannot see a thread that holds the GIL in one long stretch). Once per lag, not
every 25 ms while it lasts (``repeat=True``): faulthandler reads the other threads' frames while
they run, and repeated dumps with ~40 busy threads crashed the server (segfault in CPython 3.11) in
two runs of four; one dump per lag survived every run. ``FILE`` gets the heartbeat's lateness
(count, p50, p99, max) every two seconds; ``benchmarks/loop_stacks.py`` counts the loop thread's
stacks in the dumps. Off unless asked for; a debugging aid only.
"""

from __future__ import annotations

import asyncio
import faulthandler
import time
from pathlib import Path

BEAT = 0.005  # the heartbeat's sleep
LAG = 0.020  # a loop not beaten for BEAT + LAG is held up: dump the stacks


class LoopLag:
    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.late: list[float] = []

    async def heartbeat(self) -> None:
        fh = self.path.with_suffix(".tracebacks").open("w")
        dumped = time.monotonic()
        while True:
            t = time.perf_counter()
            await asyncio.sleep(BEAT)
            self.late.append(time.perf_counter() - t - BEAT)
            faulthandler.dump_traceback_later(LAG + BEAT, file=fh)
            if time.monotonic() - dumped > 2.0:
                dumped = time.monotonic()
                self.dump()

    def dump(self) -> None:
        late = sorted(self.late)

        def q(p: float) -> float:
            return late[min(len(late) - 1, round(p * (len(late) - 1)))] * 1000

        text = (f"beats {len(late)} late p50 {q(0.5):.1f} ms p99 {q(0.99):.1f} ms max {q(1.0):.1f} ms; "
                f"> {LAG * 1000:.0f} ms: {sum(x > LAG for x in late)}\n")
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(text)
        tmp.replace(self.path)

    async def start(self) -> None:
        """On the event loop (an app startup hook): the heartbeat task."""
        self._task = asyncio.get_running_loop().create_task(self.heartbeat())
