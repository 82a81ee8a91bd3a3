"""The export/import/merge command lines: -o never overwrites without --force, stdout, help, errors."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from tests.export.helpers import one_sentence_error, run

ROOT = Path(__file__).parents[2]


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    Store.create(path, demo_data())
    return path


@pytest.mark.parametrize("fmt", ["md", "csv", "json"])
def test_text_formats_go_to_stdout_by_default_and_with_dash(
    demo: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    code, out, err = run(capsys, "export", str(demo), "--format", fmt)
    assert code == 0 and err == "" and "Kommunen" in out
    code, out2, _ = run(capsys, "export", str(demo), "--format", fmt, "-o", "-")
    assert code == 0 and out2 == out


@pytest.mark.parametrize("fmt", ["md", "csv", "json", "pptx"])
def test_output_never_overwritten_without_force(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    out = tmp_path / f"out.{fmt}"
    out.write_bytes(b"keep me")
    code, stdout, err = run(capsys, "export", str(demo), "--format", fmt, "-o", str(out))
    assert code == 2 and stdout == "" and one_sentence_error(err, f"out.{fmt}") and "--force" in err
    assert out.read_bytes() == b"keep me"
    assert run(capsys, "export", str(demo), "--format", fmt, "-o", str(out), "--force")[0] == 0
    assert out.read_bytes() != b"keep me" and len(out.read_bytes()) > 1000


def test_export_refuses_to_write_over_its_input(demo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = demo.read_bytes()
    code, _, err = run(capsys, "export", str(demo), "--format", "md", "-o", str(demo), "--force")
    assert code == 2 and one_sentence_error(err, "demo.json")
    assert demo.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "name"),
    [
        (["export", "{tmp}/missing.json", "--format", "md"], "missing.json"),
        (["export", "{demo}", "--format", "md", "--workshop", "Nirgends"], "demo.json"),
        (["export", "{demo}", "--format", "md", "-o", "{tmp}/no/such/folder.md"], "folder.md"),
        (["export", "{bad}", "--format", "csv"], "bad.json"),
        (["import", "{tmp}/missing.md"], "missing.md"),
        (["merge", "{tmp}/missing.json", "-o", "{tmp}/out.json"], "missing.json"),
    ],
)
def test_errors_are_one_sentence_naming_the_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], args: list[str], name: str
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("[1, 2", encoding="utf-8")
    filled = [a.format(tmp=tmp_path, demo=demo, bad=bad) for a in args]
    code, out, err = run(capsys, *filled)
    assert code == 2 and out == "" and one_sentence_error(err, name), err


@pytest.mark.parametrize("command", ["export", "import", "merge"])
def test_help(command: str) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "faktor4_tui", command, "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT
    )
    assert result.returncode == 0 and f"faktor4 {command}" in result.stdout and "not available" not in result.stdout


def test_real_process_export_to_stdout(demo: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "faktor4_tui", "export", str(demo), "--format", "csv"],
        capture_output=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 0 and result.stdout.decode("utf-8").startswith("Workshop,Aktion,")
    assert "Bürgermeister*in".encode() in result.stdout


def test_no_textual_in_export_import_merge() -> None:
    """Nothing written for export, import and merge imports Textual (the layer rule)."""
    files = [
        *(ROOT / "faktor4_tui" / "export").glob("*.py"),
        *(ROOT / "faktor4_tui" / "importer").glob("*.py"),
        ROOT / "faktor4_tui" / "merge.py",
        ROOT / "faktor4_tui" / "deck" / "appendix.py",
        *(ROOT / "faktor4_tui" / "cli").glob("cmd_[eim]*.py"),
        ROOT / "faktor4_tui" / "cli" / "output.py",
    ]
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = (
                [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else ([node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            )
            assert not any(n == "textual" or n.startswith("textual.") for n in names), path
