"""The fuzz suite's profile, its oracle (a clean error or a correct load, nothing else) and its tally.

``FRONTLOAD_FUZZ=full`` (what ``make fuzz`` sets) selects the long profile; the default is the
bounded one CI runs. ``FRONTLOAD_FUZZ_REPORT=PATH`` writes the tally as JSON at the end; the tally
is also printed in pytest's summary.
"""

from __future__ import annotations

import contextlib
import json
import math
import os
import signal
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from typing import Any

import pyarrow as pa
from hypothesis import HealthCheck, Phase, settings

from frontload.errors import FrontloadError, ParseError
from frontload.model import FLOWS, FREQS, LoadedDataset

HANG_SECONDS = 30
_COMMON: dict[str, Any] = {
    "deadline": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example,
                              HealthCheck.function_scoped_fixture],
    "database": None,
}
# CI: the same inputs every run, and no shrinking (a failure reports its type and the input's start)
settings.register_profile("fuzz-ci", max_examples=int(os.environ.get("FRONTLOAD_FUZZ_EXAMPLES", 200)),
                          derandomize=True, phases=[Phase.explicit, Phase.generate], **_COMMON)
settings.register_profile("fuzz-full", max_examples=int(os.environ.get("FRONTLOAD_FUZZ_EXAMPLES", 1000)), **_COMMON)
PROFILE = settings.get_profile("fuzz-full" if os.environ.get("FRONTLOAD_FUZZ") == "full" else "fuzz-ci")

TALLY: dict[str, Counter[str]] = defaultdict(Counter)


class Hang(Exception):
    """A reader ran past HANG_SECONDS on one input (not a FrontloadError: the test fails)."""


@contextlib.contextmanager
def _alarm(seconds: int) -> Iterator[None]:
    def boom(signum: int, frame: object) -> None:
        raise Hang(f"no answer after {seconds} s")

    old = signal.signal(signal.SIGALRM, boom)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, old)


def check_error(exc: FrontloadError, names: list[str]) -> None:
    """A clean error names the file, and every problem tied to a line also names the column."""
    text = str(exc)
    assert any(n in text for n in names), f"error does not name the file ({names}): {text[:300]}"
    if isinstance(exc, ParseError):
        for p in exc.problems:
            assert p.file, f"problem without a file: {p}"
            if p.row is not None:
                assert p.column, f"problem on line {p.row} without a column: {p}"


def check_load(ds: LoadedDataset) -> None:
    """A correct load: canonical rows an analyst could sign (finite, non-negative values; HS digits)."""
    obs = ds.observations
    assert obs is not None and obs.num_rows > 0
    for r in obs.to_pylist():
        assert r["flow"] in FLOWS and r["freq"] in FREQS and 1 <= r["months"] <= 12, r
        assert r["product"].isascii() and r["product"].isdigit(), r["product"]
        assert r["level"] == len(r["product"])
        v = r["value_usd"]
        assert v is not None and math.isfinite(v) and v >= 0, r
        for k in ("qty", "net_weight_kg", "value_local"):
            assert r[k] is None or (math.isfinite(r[k]) and r[k] >= 0), (k, r)
        assert len(r["reporter"]) == 3 and len(r["partner"]) == 3, r
    assert isinstance(obs, pa.Table)


def run(layout: str, fn: Callable[[], LoadedDataset], names: list[str]) -> str:
    """Call a reader on one input; 'error' or 'load', anything else (traceback, hang) fails the test."""
    TALLY[layout]["inputs"] += 1
    try:
        with _alarm(HANG_SECONDS):
            ds = fn()
    except FrontloadError as exc:
        check_error(exc, names)
        TALLY[layout]["clean errors"] += 1
        return "error"
    except Exception as exc:
        TALLY[layout]["hangs" if isinstance(exc, Hang) else "tracebacks"] += 1
        raise
    check_load(ds)
    TALLY[layout]["loads"] += 1
    return "load"


def run_any(layout: str, fn: Callable[[], object], shown: str = "") -> None:
    """For readers whose output is not a dataset (claims): a result or a FrontloadError, in time.
    Anything else fails with its type and the start of the input ``shown`` (a megabyte input's
    repr would drown the report)."""
    TALLY[layout]["inputs"] += 1
    try:
        with _alarm(HANG_SECONDS):
            fn()
    except FrontloadError:
        TALLY[layout]["clean errors"] += 1
        return
    except Exception as exc:
        TALLY[layout]["hangs" if isinstance(exc, Hang) else "tracebacks"] += 1
        raise AssertionError(f"{type(exc).__name__}: {exc} on input of {len(shown)} chars "
                             f"starting {shown[:300]!r}") from exc
    TALLY[layout]["loads"] += 1


def pytest_terminal_summary(terminalreporter: Any) -> None:
    if not TALLY:
        return
    tr = terminalreporter
    tr.section("fuzz tally")
    cols = ("inputs", "clean errors", "loads", "tracebacks", "hangs", "data lost")
    tr.write_line(f"{'layout':<24}" + "".join(f"{c:>14}" for c in cols))
    for layout, c in sorted(TALLY.items()):
        tr.write_line(f"{layout:<24}" + "".join(f"{c[k]:>14}" for k in cols))
    tr.write_line(f"{'total':<24}" + "".join(f"{sum(c[k] for c in TALLY.values()):>14}" for k in cols))
    out = os.environ.get("FRONTLOAD_FUZZ_REPORT")
    if out:
        with open(out, "w") as fh:
            json.dump({k: dict(v) for k, v in TALLY.items()}, fh, indent=1)
