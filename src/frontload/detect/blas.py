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
:func:`one_thread` sets each loaded OpenBLAS to one thread through its own
``*_set_num_threads`` function (what threadpoolctl does, without the dependency) and restores
the previous count after. Where no OpenBLAS is found (another BLAS, another platform) it does
nothing. The count is per process: a thread that runs BLAS beside a detect in the same process
gets one thread meanwhile (the web API runs detects in worker processes).
"""

from __future__ import annotations

import ctypes
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

_Fn = Callable[..., Any]  # a function of a loaded library (ctypes)

# (set, get) function names of the OpenBLAS builds in the numpy and scipy wheels and of a plain one.
_NAMES = [
    ("scipy_openblas_set_num_threads64_", "scipy_openblas_get_num_threads64_"),
    ("scipy_openblas_set_num_threads", "scipy_openblas_get_num_threads"),
    ("openblas_set_num_threads64_", "openblas_get_num_threads64_"),
    ("openblas_set_num_threads", "openblas_get_num_threads"),
]
_lock = threading.Lock()
_depth = 0
_saved: list[tuple[_Fn, int]] = []
_found: dict[str, tuple[_Fn, _Fn] | None] = {}
_scanned: tuple[int, list[tuple[_Fn, _Fn]]] = (-1, [])


def _loaded_openblas() -> list[tuple[_Fn, _Fn]]:
    """(set, get) of every OpenBLAS loaded in this process.

    Reading the memory map costs about 1.5 ms, a tenth of a fast detect: it is read again only when
    a module was imported since (an OpenBLAS arrives with the extension module that links it)."""
    global _scanned
    if _scanned[0] != len(sys.modules):
        _scanned = (len(sys.modules), _scan())
    return _scanned[1]


def _scan() -> list[tuple[_Fn, _Fn]]:
    if not sys.platform.startswith("linux"):
        return []
    try:
        with open("/proc/self/maps") as f:
            paths = {line.split()[-1] for line in f if "openblas" in line.lower()}
    except OSError:
        return []
    out = []
    for path in sorted(p for p in paths if p.startswith("/")):
        if path not in _found:
            _found[path] = None
            try:
                lib = ctypes.CDLL(path)  # already loaded: dlopen returns the same library
            except OSError:
                continue
            for set_name, get_name in _NAMES:
                if hasattr(lib, set_name) and hasattr(lib, get_name):
                    setter, getter = getattr(lib, set_name), getattr(lib, get_name)
                    setter.argtypes, setter.restype, getter.restype = [ctypes.c_int], None, ctypes.c_int
                    _found[path] = (setter, getter)
                    break
        fns = _found[path]
        if fns is not None:
            out.append(fns)
    return out


@contextmanager
def one_thread() -> Iterator[None]:
    """Run the body with every loaded OpenBLAS on one thread; nested uses change nothing more."""
    global _depth
    with _lock:
        if _depth == 0:
            _saved.clear()
            for setter, getter in _loaded_openblas():
                n = getter()
                if n != 1:
                    setter(1)
                    _saved.append((setter, n))
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0:
                for setter, n in _saved:
                    setter(n)
                _saved.clear()
