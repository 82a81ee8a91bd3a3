"""main() pauses the cyclic GC only for commands that start an app, and restores it."""

from __future__ import annotations

import gc
from pathlib import Path

import pytest

from faktor4_tui import cli
from faktor4_tui.cli import cmd_init


def test_other_commands_run_with_the_collector_on(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[bool] = []
    original = cmd_init.run
    monkeypatch.setattr(cmd_init, "run", lambda args: seen.append(gc.isenabled()) or original(args))
    assert gc.isenabled()
    assert cli.main(["init", str(tmp_path / "x.json")]) == 0
    assert seen == [True]
    assert gc.isenabled()


def test_app_commands_pause_it_until_the_app_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from faktor4_tui.cli import tui

    seen: list[bool] = []
    monkeypatch.setattr(tui, "run", lambda args: seen.append(gc.isenabled()) or 0)
    assert cli.main([str(tmp_path / "y.json")]) == 0
    assert seen == [False]
    assert gc.isenabled()  # restored for an in-process caller
