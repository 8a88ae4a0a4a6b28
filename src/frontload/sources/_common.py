"""What every file loader shares: reading text safely, collecting problems, building rows.

Loaders never raise on the first bad cell: they collect :class:`Problem` objects
(file, row, column, value, reason) and raise one :class:`ParseError` listing
them, so a user fixes a file in one pass. Nothing reaches the store until the
whole file has parsed.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import math
from collections.abc import Iterable, Iterator, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import pyarrow as pa

from ..errors import ParseError, Problem
from ..model import EVENTS_SCHEMA, OBSERVATION_SCHEMA, REPORTED_FIGURES_SCHEMA

IN_SCHEMA = pa.schema([f for f in OBSERVATION_SCHEMA if f.name not in ("vintage", "fetch_id")])


def data_dir() -> Path:
    """Folder of the bundled datasets inside the installed package."""
    return Path(str(resources.files("frontload").joinpath("data")))


_HASH_CHUNK = 8 << 20


def sha256(paths: Iterable[Path]) -> str:
    """The digest every loader records in the fetch log: each file's name and bytes, in name order.

    Read in 8 MiB chunks, so hashing a multi-gigabyte bulk export takes bounded memory; the one
    implementation serves the row loaders and the bulk ingest, so both record the same digest.
    """
    h = hashlib.sha256()
    for p in sorted(paths):
        h.update(p.name.encode())
        with p.open("rb") as f:
            while chunk := f.read(_HASH_CHUNK):
                h.update(chunk)
    return h.hexdigest()


def read_text(path: Path, encodings: Sequence[str] = ("utf-8-sig", "latin-1")) -> tuple[str, str]:
    """Text of a file and the encoding that decoded it.

    Comtrade+ bulk CSVs are Latin-1 (``Côte d'Ivoire``); everything else we read is
    UTF-8, some with a byte-order mark. Latin-1 decodes any byte, so it is last.
    """
    _check_exists(path)
    raw = path.read_bytes()
    return _decode(path, raw[:4096], raw, encodings)


def first_line(path: Path, encodings: Sequence[str] = ("utf-8-sig", "latin-1")) -> str:
    """The first line of a text file, read alone: telling a layout apart by its header should not
    read and decode a whole bulk export that its reader is about to read again. Same checks as
    :func:`read_text` (missing file, binary file)."""
    _check_exists(path)
    with path.open("rb") as fh:
        head = fh.read(4096)
        line = head.split(b"\n", 1)[0] if b"\n" in head else head + fh.readline()
    return _decode(path, head, line, encodings)[0]


def _check_exists(path: Path) -> None:
    if not path.exists():
        raise ParseError(
            f"file not found: {path}",
            file=str(path),
            hint="check the path; `frontload datasets` lists what is loaded",
        )


def _decode(path: Path, head: bytes, raw: bytes, encodings: Sequence[str]) -> tuple[str, str]:
    """``raw`` decoded by the first of ``encodings`` that fits; ``head`` (the file's first 4 KiB)
    with a NUL byte means a binary file."""
    if b"\x00" in head:
        raise ParseError(
            f"{path} is not a text (CSV) file",
            file=str(path),
            hint="export the table as CSV (UTF-8 or Latin-1)",
        )
    for enc in encodings:
        try:
            return raw.decode(enc), enc
        except UnicodeDecodeError:
            continue
    raise ParseError(f"cannot decode {path} as {' or '.join(encodings)}", file=str(path))  # pragma: no cover


def csv_rows(
    path: Path, encodings: Sequence[str] = ("utf-8-sig", "latin-1"), col: Collector | None = None
) -> tuple[list[str], Iterator[tuple[int, dict[str, str]]]]:
    """Header and (line number in the file, record) pairs.

    A trailing comma on every row (Comtrade+ exports, China customs downloads) yields an
    unnamed empty last field, which is dropped rather than shifting columns. A row of another
    width than the header (a truncated download's last line, a cell with an unquoted comma) would
    put values under the wrong column names: with ``col`` it is reported there and skipped;
    without, a short row is padded with empty cells, so a reader never meets a missing key. A
    line the csv module cannot split (a cell over its 128 KiB field limit) is a ParseError naming
    the line.
    """
    text, _ = read_text(path, encodings)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip().lstrip("\ufeff") for h in next(reader)]
    except StopIteration:
        raise ParseError(f"{path} is empty", file=str(path)) from None
    except csv.Error as exc:
        raise _csv_error(path, reader.line_num or 1, exc) from None
    while header and header[-1] == "":
        header.pop()

    def gen() -> Iterator[tuple[int, dict[str, str]]]:
        while True:
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                raise _csv_error(path, reader.line_num, exc) from None
            i = reader.line_num  # line of the file as an editor shows it (header is line 1)
            if not row or all(not c.strip() for c in row):
                continue
            if len(row) > len(header) and all(not c.strip() for c in row[len(header) :]):
                row = row[: len(header)]
            if len(row) != len(header) and col is not None:
                where = header[len(row)] if len(row) < len(header) else f"after {(header or ['-'])[-1]}"
                col.add(f"line has {len(row)} field(s), the header {len(header)}: cells would land under the "
                        "wrong columns", i, where)
                continue
            yield i, dict(zip(header, [*row, *[""] * (len(header) - len(row))], strict=False))

    return header, gen()


def _csv_error(path: Path, line: int, exc: csv.Error) -> ParseError:
    return ParseError(
        f"cannot split {path} into cells at line {line}: {exc}",
        problems=[Problem(str(exc), str(path), line, "(whole line)")],
        file=str(path),
        hint="is it a CSV export? a cell over 128 KiB or a stray quote can cause this",
    )


MAX_CODE_DIGITS = 12  # HS 6, national lines 8-11 (Taiwan's CCC has 11): a longer "code" is not one


def to_number(text: str) -> float:
    """``text`` (already stripped of thousands separators) as a finite, non-negative float.

    ValueError, with the reason as its message, for anything else: not ASCII (unicode digits),
    not a number, not finite (nan, inf, or too large for a double), negative.
    """
    if not text.isascii():
        raise ValueError("not a number (only ASCII digits are read)")
    try:
        v = float(text)
    except ValueError:
        raise ValueError("not a number") from None
    if not math.isfinite(v):
        raise ValueError("not a finite number")
    if v < 0:
        raise ValueError("negative: trade values and quantities are never below zero")
    return v + 0.0  # -0.0 → 0.0


class Collector:
    """Accumulates problems for one file; :meth:`raise_if_any` raises one ParseError listing them."""

    def __init__(self, path: Path | str, what: str) -> None:
        self.file = str(path)
        self.what = what
        self.problems: list[Problem] = []

    def add(
        self, reason: str, row: int | None = None, column: str | None = None, value: object = None
    ) -> None:
        self.problems.append(Problem(reason, self.file, row, column, None if value is None else str(value)))

    def number(self, rec: dict[str, Any], col: str, row: int, *, required: bool = True) -> float | None:
        """A finite, non-negative number from ``col`` (thousands separators allowed), else a problem.

        Python's ``float`` also takes ``nan``, ``inf``, ``1e400`` (→ inf) and digits of any script
        (``١٢٣``, ``１２３``); none of them is a trade figure an analyst would sign, so each is
        refused by name rather than stored.
        """
        raw = rec.get(col)
        text = ("" if raw is None else str(raw)).strip().replace(",", "")
        if not text:
            if required:
                self.add("empty value", row, col)
            return None
        try:
            return to_number(text)
        except ValueError as exc:
            self.add(str(exc), row, col, text[:80])
            return None

    def code(self, rec: dict[str, Any], col: str, row: int, *, length: int | None = None) -> str | None:
        """A product code from ``col``: ASCII digits only (dots dropped), optionally of a fixed length."""
        raw = rec.get(col)
        text = ("" if raw is None else str(raw)).strip().replace(".", "")
        if (not (text.isascii() and text.isdigit()) or (length is not None and len(text) != length)
                or len(text) > MAX_CODE_DIGITS):
            self.add(f"product code must be {length or 'only'} digits" if length else
                     "product code must be digits", row, col, text[:80])
            return None
        return text

    def raise_if_any(self, hint: str | None = None) -> None:
        if self.problems:
            raise ParseError(
                f"cannot read {self.what} from {self.file}: {len(self.problems)} problem(s)",
                problems=self.problems,
                file=self.file,
                hint=hint or "fix the rows listed (nothing was written to the store)",
            )


def require_columns(header: Sequence[str], needed: Iterable[str], path: Path, what: str) -> None:
    missing = [c for c in needed if c not in header]
    if missing:
        raise ParseError(
            f"{path} does not look like {what}: missing column(s) {', '.join(missing)}",
            problems=[Problem("missing column", str(path), None, c) for c in missing],
            file=str(path),
            hint=f"found columns: {', '.join(header[:12])}{'…' if len(header) > 12 else ''}",
        )


def observation(**kw: Any) -> dict[str, Any]:
    """A canonical row with defaults for the optional columns."""
    row: dict[str, Any] = {
        "classification": None,
        "value_local": None,
        "currency": None,
        "valuation": None,
        "qty": None,
        "qty_unit": None,
        "net_weight_kg": None,
        "is_estimated": False,
    }
    row.update(kw)
    row["level"] = len(row["product"])
    return row


def observations_table(rows: list[dict[str, Any]]) -> pa.Table:
    """Canonical rows as a table; a per-row ``vintage`` (a source's own retrieval date, such as
    the tidy Comtrade files' ``fetched_on``) is kept, else the store stamps the dataset's vintage."""
    table = pa.Table.from_pylist(rows, schema=IN_SCHEMA)
    if any("vintage" in r for r in rows):
        v = pa.array([r.get("vintage") for r in rows], pa.timestamp("us", tz="UTC"))
        table = table.append_column("vintage", v)
    return table


def reported_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=REPORTED_FIGURES_SCHEMA)


def events_table(rows: list[dict[str, Any]]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=EVENTS_SCHEMA)


def utc(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day, tzinfo=dt.UTC)
