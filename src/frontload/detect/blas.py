"""One BLAS thread while the baselines fit.

The fits (statsmodels' ETS and STL+ARIMA, a few hundred optimiser steps on arrays of about a
hundred numbers) call OpenBLAS many thousands of times on tiny operands. Both bundled OpenBLAS
copies (numpy's and scipy's) start a thread per core and wake them for such calls; on a busy
2-core machine the threads spin and wait for each other: a default detect measured 0.4–1.1 s of
CPU with the default threads and 0.15 s with ``OPENBLAS_NUM_THREADS=1``, in the same minute
(docs/detection.md, "Speed"). The operands are far too small for threads to help, and splitting
them would not change a result anyway: the check in ``benchmarks.detect_speed --check`` compares
every output of both settings exactly.

The environment variable only works before numpy loads, which a library cannot count on, so
:func:`one_thread` uses threadpoolctl (the scikit-learn project's tool for exactly this: it finds
every loaded BLAS and sets it through the library's own API) and restores the previous counts
after. The controller is built once, at the first fit, when numpy's and scipy's copies are both
loaded (about 7 ms); a limit then costs about 13 µs. The count is per process: a thread that runs
BLAS beside a detect in the same process gets one thread meanwhile (the web API runs detects in
worker processes).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

_lock = threading.Lock()
_depth = 0
_limit: Any = None  # the active threadpoolctl limit of the outermost one_thread()


@cache
def controller() -> Any:
    """The process's threadpoolctl controller (lists the BLAS libraries loaded so far)."""
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_thread() -> Iterator[None]:
    """Run the body with every loaded BLAS on one thread; nested uses change nothing more."""
    global _depth, _limit
    with _lock:
        if _depth == 0:
            _limit = controller().limit(limits=1, user_api="blas")
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                _limit.restore_original_limits()
                _limit = None
