"""Start-up: the CLI parses before it imports the heavy modules (issue 13, point 1).

Each check runs in a fresh interpreter, since this test process has long imported everything.
An analyst runs `frontload --help` and its commands dozens of times an hour; Ibis, pandas,
pyarrow and statsmodels cost about a second of imports, paid only by the commands that use them.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = ("ibis", "pandas", "pyarrow", "statsmodels", "numpy", "duckdb")

_PROBE = """
import json, sys
{code}
print("\\n" + json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)))
"""


def _heavy_after(code: str, env: dict[str, str] | None = None) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", _PROBE.format(code=code, heavy=HEAVY)],
        capture_output=True, text=True, check=True, env={**os.environ, **(env or {})}, timeout=120,
    )
    loaded: list[str] = json.loads(out.stdout.strip().splitlines()[-1])
    return loaded


def _invoke(*args: str) -> str:
    return (
        "from frontload.cli import app\n"
        f"try:\n    app({list(args)!r}, prog_name='frontload')\nexcept SystemExit:\n    pass"
    )


def test_importing_the_cli_imports_no_heavy_module():
    assert _heavy_after("import frontload.cli") == []


def test_importing_the_package_imports_no_heavy_module():
    assert _heavy_after("import frontload, frontload.api, frontload.model") == []


def test_public_names_still_resolve_lazily():
    # the PEP 562 attributes import on first use and are the objects their modules define
    assert _heavy_after("import frontload as fl\nfrom frontload.store.store import Store\n"
                        "assert fl.Store is Store and fl.stats.yoy and fl.render.to_markdown") != []


def _commands() -> list[str]:
    from frontload.cli import app

    return sorted(c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands
                  if c.callback is not None)


def test_top_level_help_imports_no_heavy_module():
    assert _heavy_after(_invoke("--help")) == []


@pytest.mark.parametrize("command", _commands())
def test_each_commands_help_imports_no_heavy_module(command):
    assert _heavy_after(_invoke(command, "--help")) == []


def test_the_help_probe_can_see_a_heavy_import():
    # the probe is honest: a command that runs does import what it needs
    assert "duckdb" in _heavy_after(_invoke("--db", ":memory:", "datasets"))


def test_shell_completion_imports_no_heavy_module():
    # Typer answers a completion request before any command runs (with add_completion=False it
    # answers that the shell is not supported): either way, nothing heavy is imported for it
    env = {"_FRONTLOAD_COMPLETE": "complete_bash", "COMP_WORDS": "frontload st", "COMP_CWORD": "1"}
    assert _heavy_after(_invoke(), env) == []
