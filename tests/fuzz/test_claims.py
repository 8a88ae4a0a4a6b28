"""The claim reader, fed mutated sentences of its own corpus: an answer or a FrontloadError, in time.

Only the public entries (``claims.parse.parse`` and ``claims.verify.check_text``) are called, so the
test holds whatever the parser becomes inside.
"""

from __future__ import annotations

import datetime as dt
import json
from importlib import resources

import pytest
from hypothesis import given

from frontload.claims import parse, verify

from .conftest import PROFILE, run_any
from .mutate import mutated_text

SENTENCES = sorted({json.loads(line)["text"] for line in
                    resources.files("frontload.claims").joinpath("corpus.jsonl").read_text().splitlines() if line})
TODAY = dt.date(2026, 1, 15)
# a failing megabyte input would otherwise end in hypothesis' own "overly large repr" warning
pytestmark = pytest.mark.filterwarnings("ignore::hypothesis.errors.HypothesisWarning")


def test_parse(tmp_path):
    @PROFILE
    @given(text=mutated_text(SENTENCES))
    def fuzz(text: str) -> None:
        run_any("claims_parse", lambda: parse.parse(text, TODAY), text)

    fuzz()


def test_check_text(store):
    @PROFILE
    @given(text=mutated_text(SENTENCES))
    def fuzz(text: str) -> None:
        run_any("claims_check_text", lambda: verify.check_text(store, text, TODAY), text)

    fuzz()


def test_a_share_whose_owner_is_the_only_economy_named_parses():
    """Found by this suite: a StopIteration looking for a partner other than the owner."""
    claims = parse.parse("In 2023 the US accounted for 25% of US imports of memory chips.", TODAY)
    assert [c.share_pct for c in claims if c.comparison == "share"] == [25.0]


def test_a_ranking_with_no_subject_is_not_checkable(store):
    """Found by this suite: a ValueError ranking the world total among the economies it sums."""
    out = verify.check_text(store, " was the world's biggest buyer of chipmaking equipment in 2019, SEMI said.", TODAY)
    assert out and all(v.verdict == "not_checkable" for v in out)
