"""The README's commands exist and its Python example runs."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from typer.testing import CliRunner

from frontload.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def test_quickstart_has_exactly_the_two_commands():
    block = README.split("## Quickstart", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    cmds = [ln.split("#")[0].strip() for ln in block.strip().splitlines()]
    assert cmds == ["make demo", "make test"]
    makefile = (Path(__file__).resolve().parents[1] / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)


def test_tour_commands_parse(tmp_path):
    block = README.split("## A short tour", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    runner = CliRunner()
    for line in block.strip().splitlines():
        cmd = line.split("#")[0].strip()
        if not cmd.startswith("frontload "):
            continue
        args = shlex.split(cmd)[1:]
        r = runner.invoke(app, [*args, "--help"])
        assert r.exit_code == 0, (cmd, r.output)


def test_python_example_runs(loaded_db, monkeypatch, capsys):
    code = README.split("In Python:", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    monkeypatch.setenv("FRONTLOAD_DB", str(loaded_db))
    exec(compile(code, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.startswith("41.49") and "USD 11.75 bn" in out
