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


# Two tracebacks this suite found in the claim reader, left to its owner (claims/parse.py is being
# rewritten on another branch, where both still occur): remove the marks once they are fixed.
PARSE_BUG = pytest.mark.xfail(reason="claims.parse: StopIteration at next(i for i in found if i != owner) when "
                              "the owner is the only economy named, e.g. 'In 2023 the US accounted for 25% of US "
                              "imports of memory chips.'", strict=False)
CHECK_BUG = pytest.mark.xfail(reason="claims.compare._rank: ValueError 'WLD' is not in list for a ranking claim "
                              "without its subject, e.g. \" was the world's biggest buyer of chipmaking equipment in "
                              "2019, SEMI said.\"", strict=False)


@PARSE_BUG
def test_parse(tmp_path):
    @PROFILE
    @given(text=mutated_text(SENTENCES))
    def fuzz(text: str) -> None:
        run_any("claims_parse", lambda: parse.parse(text, TODAY), text)

    fuzz()


@PARSE_BUG
@CHECK_BUG
def test_check_text(store):
    @PROFILE
    @given(text=mutated_text(SENTENCES))
    def fuzz(text: str) -> None:
        run_any("claims_check_text", lambda: verify.check_text(store, text, TODAY), text)

    fuzz()


@PARSE_BUG
def test_the_parse_bug(tmp_path):
    parse.parse("In 2023 the US accounted for 25% of US imports of memory chips.", TODAY)


@CHECK_BUG
def test_the_ranking_bug(store):
    verify.check_text(store, " was the world's biggest buyer of chipmaking equipment in 2019, SEMI said.", TODAY)
