"""``faktor4 present`` refuses bad input with one sentence and exit code 2."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def faktor4(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "faktor4_tui", *args], capture_output=True, text=True, timeout=60, cwd=ROOT
    )


def test_unknown_workshop_exit_2(tmp_path: Path) -> None:
    path = tmp_path / "p.json"
    assert faktor4("init", str(path), "--demo").returncode == 0
    result = faktor4("present", str(path), "--workshop", "Nirgends")
    assert result.returncode == 2
    assert result.stderr.startswith("faktor4: ") and result.stderr.count("\n") == 1
    assert str(path) in result.stderr and "„Nirgends“" in result.stderr and "Kommunen" in result.stderr


def test_missing_file_exit_2(tmp_path: Path) -> None:
    result = faktor4("present", str(tmp_path / "nope.json"))
    assert result.returncode == 2 and "nope.json" in result.stderr
    assert not (tmp_path / "nope.json").exists()


def test_help_names_the_options() -> None:
    result = faktor4("present", "--help")
    assert result.returncode == 0 and "--workshop" in result.stdout
