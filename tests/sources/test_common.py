"""The one file digest every loader records, read in chunks."""

from __future__ import annotations

import hashlib

from frontload.sources import _common

from ..conftest import DATA


def test_sha256_is_names_and_bytes_in_name_order_across_chunk_boundaries(tmp_path, monkeypatch):
    files = sorted((DATA / "taiwan_customs_8542_exports_by_destination").glob("*.csv"))
    expected = hashlib.sha256()
    for p in files:
        expected.update(p.name.encode())
        expected.update(p.read_bytes())
    assert _common.sha256(reversed(files)) == expected.hexdigest()
    monkeypatch.setattr(_common, "_HASH_CHUNK", 4099)  # hundreds of chunks, none aligned with the files
    assert _common.sha256(files) == expected.hexdigest()
