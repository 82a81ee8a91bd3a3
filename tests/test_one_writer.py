"""Exports (-o) and the settings are written by the store's one atomic writer: whole or not at all."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from faktor4_tui.cli import main, output
from faktor4_tui.demo import demo_data
from faktor4_tui.settings import Settings, SettingsError, load_settings, save_settings, settings_path
from faktor4_tui.store import Store, jsonfile


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    path = tmp_path / "demo.json"
    Store.create(path, demo_data())
    return path


def _no_full_disk_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(fd: int) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(jsonfile.os, "fsync", full)


def test_output_that_appears_after_the_check_is_never_overwritten(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.md"
    checked = output.check_target

    def another_program_writes_it(target: str, force: bool) -> Path:
        path = checked(target, force)
        out.write_text("von einem anderen Programm")
        return path

    monkeypatch.setattr(output, "check_target", another_program_writes_it)
    assert main(["export", str(demo), "--format", "md", "-o", str(out)]) == 2
    assert capsys.readouterr().err == f"faktor4: {out} gibt es schon; zum Überschreiben --force angeben.\n"
    assert out.read_text() == "von einem anderen Programm"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.json", "demo.json.lock", "out.md"]


def test_output_never_points_through_a_symlink_that_appears_after_the_check(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.md"
    elsewhere = tmp_path / "elsewhere.md"
    checked = output.check_target

    def a_link_appears(target: str, force: bool) -> Path:
        path = checked(target, force)
        out.symlink_to(elsewhere)
        return path

    monkeypatch.setattr(output, "check_target", a_link_appears)
    assert main(["export", str(demo), "--format", "md", "-o", str(out)]) == 2
    assert "gibt es schon" in capsys.readouterr().err
    assert out.is_symlink() and not elsewhere.exists()


def test_failed_output_leaves_no_file_and_no_temp_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.csv"
    _no_full_disk_writes(monkeypatch)
    assert main(["export", str(demo), "--format", "csv", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err == f"faktor4: {out} konnte nicht angelegt werden (der Datenträger ist voll).\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.json", "demo.json.lock"]


def test_failed_forced_output_keeps_the_old_file(
    demo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out.csv"
    out.write_text("alt")
    _no_full_disk_writes(monkeypatch)
    assert main(["export", str(demo), "--format", "csv", "-o", str(out), "--force"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"faktor4: {out} konnte nicht gespeichert werden (der Datenträger ist voll)")
    assert out.read_text() == "alt"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.json", "demo.json.lock", "out.csv"]


def test_forced_output_keeps_the_mode_of_the_file_it_replaces(demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.md"
    out.write_text("alt")
    out.chmod(0o640)
    assert main(["export", str(demo), "--format", "md", "-o", str(out), "--force"]) == 0
    assert "Kommunen" in out.read_text(encoding="utf-8")
    assert out.stat().st_mode & 0o777 == 0o640


def test_settings_are_written_whole_and_keep_unknown_keys() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"future": 1}', encoding="utf-8")
    save_settings(Settings(theme="nord", language="en"))
    assert json.loads(path.read_text(encoding="utf-8")) == {"future": 1, "theme": "nord", "language": "en"}
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_failed_settings_save_is_a_settings_error_and_keeps_the_old_file(monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(language="en"))
    before = settings_path().read_bytes()
    _no_full_disk_writes(monkeypatch)
    with pytest.raises(SettingsError) as caught:
        save_settings(Settings(language="de"))
    path = settings_path()
    assert (
        str(caught.value) == f"Die Einstellungen konnten nicht in {path} gespeichert werden: der Datenträger ist voll."
    )
    assert path.read_bytes() == before and load_settings().language == "en"
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def test_settings_error_in_english(monkeypatch: pytest.MonkeyPatch, english: None) -> None:
    path = settings_path()
    path.mkdir(parents=True)  # a folder where the file belongs
    with pytest.raises(SettingsError) as caught:
        save_settings(Settings(theme="nord"))
    assert str(caught.value).startswith(f"Could not save the settings to {path}: ")
    assert str(caught.value).endswith(".") and "\n" not in str(caught.value)
