"""Mutations of real files: what customs portals, spreadsheets and truncated downloads do to them.

Every strategy starts from the bytes of a real bundled file (its header and first rows, in its own
encoding and line ends) and applies one to three mutations: truncation, byte flips, insertions and
deletions, re-encoding (UTF-16, CP1252, GB18030, Shift-JIS, a file half in one and half in
another), a byte-order mark, CRLF/CR line ends, another delimiter, columns reordered, duplicated or
dropped, rows duplicated or dropped, and cells replaced by the numbers and text that break readers
(huge, negative, NaN/inf, unicode digits, a one-megabyte cell, NUL). The empty file and the header
alone are explicit cases.
"""

from __future__ import annotations

import csv
import io
import random
from collections.abc import Callable

from hypothesis import strategies as st

MEGA = 1_000_000
NASTY = [
    "", " ", "-1", "-0", "-123456.5", "0", "1e308", "1e400", "-1e400", "nan", "NaN", "-nan", "inf", "-Infinity",
    "١٢٣", "１２３", "²", "٣.٥", "1,000", "1.000,5", "0x10", "1_000", "1e", ".", "+", "12abc", "None", "NULL",
    "?", "-", "—", "'5", '"', '""', "\x00", "\u200b5", "5\u00a0000", "9" * MEGA, "x" * MEGA, "\ud7ff",
    "Côte d'Ivoire", "中国台湾", "=CHN", "A", "M", "X", "C00", "0", "490", "842", "156", "999999",
    "202513", "202500", "2024-02-30", "20240", "113年", "114年1月~114年13月", "0001-01-01", "9999",
]


def nasty_cell() -> st.SearchStrategy[str]:
    return st.one_of(st.sampled_from(NASTY), st.text(max_size=12))


def _rows(text: str) -> list[list[str]]:
    """The cells of ``text``; none when the csv module cannot split it (a cell over its field limit,
    left by an earlier mutation; the limit is not raised, as that would change what the readers see)."""
    try:
        return list(csv.reader(io.StringIO(text, newline="")))
    except csv.Error:
        return []


def _write(rows: list[list[str]], quoting: int, lineterminator: str) -> str:
    buf = io.StringIO()
    csv.writer(buf, quoting=quoting, lineterminator=lineterminator).writerows(rows)
    return buf.getvalue()


Op = Callable[[bytes, str], bytes]


@st.composite
def _byte_op(draw: st.DrawFn) -> Op:
    kind = draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
    frac = draw(st.floats(0, 1))
    junk = draw(st.binary(min_size=1, max_size=8))
    width = draw(st.integers(1, 64))

    def op(data: bytes, enc: str) -> bytes:
        at = int(len(data) * frac)
        if kind == "truncate":
            return data[:at]
        if kind == "flip" and data:
            at = min(at, len(data) - 1)
            return data[:at] + bytes([data[at] ^ (junk[0] or 0x80)]) + data[at + 1 :]
        if kind == "insert":
            return data[:at] + junk + data[at:]
        return data[:at] + data[at + width :]

    return op


@st.composite
def _text_op(draw: st.DrawFn) -> Op:
    kind = draw(st.sampled_from(["encoding", "mixed", "bom", "crlf", "cr", "lf", "delimiter"]))
    target = draw(st.sampled_from(["utf-16", "utf-8", "utf-8-sig", "cp1252", "gb18030", "shift_jis", "latin-1"]))
    delim = draw(st.sampled_from([";", "\t", "|", ", "]))
    bom = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf\xef\xbb\xbf"]))

    def op(data: bytes, enc: str) -> bytes:
        text = data.decode(enc, errors="replace")
        if kind == "encoding":
            return text.encode(target, errors="replace")
        if kind == "mixed":
            half = len(text) // 2
            return text[:half].encode(enc, errors="replace") + text[half:].encode(target, errors="replace")
        if kind == "bom":
            return bom + data
        if kind == "crlf":
            return text.replace("\r\n", "\n").replace("\n", "\r\n").encode(enc, errors="replace")
        if kind == "cr":
            return text.replace("\r\n", "\n").replace("\n", "\r").encode(enc, errors="replace")
        if kind == "lf":
            return text.replace("\r\n", "\n").encode(enc, errors="replace")
        return text.replace(",", delim).encode(enc, errors="replace")

    return op


def _reorder(rows: list[list[str]], rnd: random.Random, j: int, cells: list[str]) -> list[list[str]]:
    perm = list(range(max(len(r) for r in rows)))
    rnd.shuffle(perm)
    return [[r[k] for k in perm if k < len(r)] for r in rows]


def _set_cells(rows: list[list[str]], rnd: random.Random, cells: list[str]) -> list[list[str]]:
    for c in cells:
        i = rnd.randrange(len(rows))
        if rows[i]:
            rows[i][rnd.randrange(len(rows[i]))] = c
    return rows


def _short_row(rows: list[list[str]], rnd: random.Random) -> list[list[str]]:
    if len(rows) > 1:
        i = rnd.randrange(1, len(rows))
        rows[i] = rows[i][: rnd.randrange(len(rows[i]) + 1)]
    return rows


def _long_row(rows: list[list[str]], rnd: random.Random, cells: list[str]) -> list[list[str]]:
    if len(rows) > 1:
        rows[rnd.randrange(1, len(rows))] += cells
    return rows


_TABLE_OPS: dict[str, Callable[[list[list[str]], random.Random, int, list[str]], list[list[str]]]] = {
    "reorder": _reorder,
    "duplicate_col": lambda rows, rnd, j, cells: [[*r, r[j]] if j < len(r) else r for r in rows],
    "drop_col": lambda rows, rnd, j, cells: [r[:j] + r[j + 1 :] for r in rows],
    "dup_rows": lambda rows, rnd, j, cells: rows + rows[1:],
    "drop_rows": lambda rows, rnd, j, cells: [rows[0], *rnd.sample(rows[1:], len(rows) // 2)] if len(rows) > 2
    else rows,
    "header_only": lambda rows, rnd, j, cells: rows[:1],
    "no_header": lambda rows, rnd, j, cells: rows[1:],
    "cell": lambda rows, rnd, j, cells: _set_cells(rows, rnd, cells[:1]),
    "cells": lambda rows, rnd, j, cells: _set_cells(rows, rnd, cells),
    "short_row": lambda rows, rnd, j, cells: _short_row(rows, rnd),
    "long_row": lambda rows, rnd, j, cells: _long_row(rows, rnd, cells),
}


@st.composite
def _table_op(draw: st.DrawFn) -> Op:
    """A change made through a CSV reader and writer, as a spreadsheet re-save does it."""
    kind = draw(st.sampled_from(sorted(_TABLE_OPS)))
    seed = draw(st.integers(0, 2**32 - 1))
    cells = draw(st.lists(nasty_cell(), min_size=1, max_size=4))
    quoting = draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC]))
    term = draw(st.sampled_from(["\n", "\r\n"]))

    def op(data: bytes, enc: str) -> bytes:
        rnd = random.Random(seed)
        rows = _rows(data.decode(enc, errors="replace"))
        if not rows:
            return data
        j = rnd.randrange(max(len(r) for r in rows) or 1)
        text = _write(_TABLE_OPS[kind](rows, rnd, j, cells), quoting, term)
        try:
            return text.encode(enc)
        except UnicodeEncodeError:
            return text.encode("utf-8")  # a cell the file's own encoding cannot hold: a mixed file

    return op


def mutated(seed: bytes, encoding: str) -> st.SearchStrategy[bytes]:
    """``seed`` after one to three mutations, or the empty file, or the seed unchanged."""
    ops = st.lists(st.one_of(_table_op(), _byte_op(), _text_op()), min_size=1, max_size=3)

    def apply(chain: list[Op]) -> bytes:
        data = seed
        for op in chain:
            data = op(data, encoding)
        return data

    return st.one_of(st.just(b""), st.just(seed), ops.map(apply))


def head(path, lines: int) -> bytes:
    """The first ``lines`` lines of a file, bytes as they are (encoding and line ends kept)."""
    with open(path, "rb") as fh:
        return b"".join(fh.readline() for _ in range(lines))


@st.composite
def mutated_text(draw: st.DrawFn, seeds: list[str]) -> str:
    """A claim sentence from the corpus after word-level mutations (nasty numbers, truncation, noise)."""
    text = draw(st.sampled_from(seeds))
    words = text.split(" ")
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["replace", "insert", "truncate", "shuffle", "upper", "noise", "repeat"]))
        i = draw(st.integers(0, max(len(words) - 1, 0)))
        if kind == "replace" and words:
            words[i] = draw(nasty_cell())
        elif kind == "insert":
            words.insert(i, draw(st.sampled_from([*NASTY, "$", "billion", "%", "per cent", "2024", "Q3", "from",
                                                    "imports", "exports", "China", "Taiwan", "chips"])))
        elif kind == "truncate":
            words = words[:i]
        elif kind == "shuffle":
            words = draw(st.permutations(words))
        elif kind == "upper":
            words = [w.upper() for w in words]
        elif kind == "noise":
            words.insert(i, draw(st.text(min_size=1, max_size=20)))
        elif sum(map(len, words)) < 100_000:
            words = words * draw(st.integers(2, 50))  # a page of the same sentence, not 50 MB of it
    return " ".join(words)


def mutated_binary(seed: bytes) -> st.SearchStrategy[bytes]:
    """A binary file (Parquet, XLSX) after byte-level mutations only: truncation, flips, insertions."""
    ops = st.lists(_byte_op(), min_size=1, max_size=3)

    def apply(chain: list[Op]) -> bytes:
        data = seed
        for op in chain:
            data = op(data, "latin-1")
        return data

    return st.one_of(st.just(b""), ops.map(apply))
