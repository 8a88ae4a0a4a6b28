"""Run a fetch into the store chunk by chunk: what makes ``frontload ingest`` resumable and honest.

Each chunk (one API response) is ingested in its own transaction, so an interruption at any
point (a network error, Ctrl-C, kill -9) leaves whole chunks or nothing. Running the same command
again reads the finished chunks' saved responses (the HTTP cache) instead of asking the API, and
a chunk whose response (same URL, same bytes) is already in the fetch log is skipped without
touching the store. Every chunk reports rows new / unchanged / revised, or that it was skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..model import LoadedDataset
from ..store.store import Store


@dataclass(frozen=True)
class ChunkOutcome:
    """What one chunk did to the store."""

    location: str  # the request, key redacted
    rows_in: int
    rows_new: int
    rows_unchanged: int
    rows_revised: int
    skipped: bool  # already in the store: same request, same response bytes
    notes: tuple[str, ...]

    def to_dict(self) -> dict[str, object]:
        return dict(self.__dict__)


def run_fetch(
    store: Store,
    datasets: Iterable[LoadedDataset],
    *,
    on_chunk: Callable[[ChunkOutcome], None] | None = None,
) -> list[ChunkOutcome]:
    """Ingest each dataset of ``datasets`` (one per chunk) as it arrives; skip chunks already stored."""
    done = {(f.location, f.sha256) for f in store.fetches().values()}
    out = []
    for ds in datasets:
        n = ds.observations.num_rows if ds.observations is not None else 0
        if (ds.location, ds.sha256) in done:
            res = ChunkOutcome(ds.location, n, 0, n, 0, True, tuple(ds.notes))
        else:
            sm = store.ingest(ds)
            done.add((ds.location, ds.sha256))
            res = ChunkOutcome(ds.location, sm.rows_in, sm.rows_new, sm.rows_unchanged, sm.rows_revised,
                               False, tuple(ds.notes))
        out.append(res)
        if on_chunk is not None:
            on_chunk(res)
    return out
