"""Remembered settings: per user, tolerant when broken, written atomically, never in the data file."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from faktor4_tui.settings import (
    Settings,
    SettingsError,
    load_settings,
    save_settings,
    settings_path,
    update_settings,
)
from tests.reliability.helpers import NOBODY, Child


def test_defaults_when_nothing_is_saved() -> None:
    assert not settings_path().exists()
    assert load_settings() == Settings(theme=None, language=None)


def test_save_and_load_round_trip() -> None:
    save_settings(Settings(theme="gruvbox", language="en"))
    assert load_settings() == Settings(theme="gruvbox", language="en")
    assert json.loads(settings_path().read_text(encoding="utf-8")) == {"theme": "gruvbox", "language": "en"}


def test_config_dir_override_and_default_location(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAKTOR4_CONFIG_DIR", str(tmp_path / "cfg"))
    assert settings_path() == tmp_path / "cfg" / "settings.json"
    monkeypatch.delenv("FAKTOR4_CONFIG_DIR")
    from platformdirs import user_config_path

    assert settings_path() == user_config_path("faktor4") / "settings.json"


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[1, 2]",
        b'"text"',
        b"\xff\xfe\x00garbage",
        b'{"theme": 7, "language": "fr"}',
        b'{"theme": "  ", "language": null}',
    ],
)
def test_broken_file_gives_defaults(content: bytes) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    assert load_settings() == Settings()


def test_a_folder_in_place_of_the_file_gives_defaults() -> None:
    settings_path().mkdir(parents=True)
    assert load_settings() == Settings()


def test_update_keeps_other_fields_and_unknown_keys() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('{"theme": "nord", "future": {"x": 1}}', encoding="utf-8")
    assert update_settings(language="en") == Settings(theme="nord", language="en")
    assert json.loads(path.read_text(encoding="utf-8")) == {"theme": "nord", "language": "en", "future": {"x": 1}}
    assert update_settings(theme=None).theme is None


def test_broken_file_is_replaced_on_save_and_no_temp_files_remain() -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{broken", encoding="utf-8")
    save_settings(Settings(language="de"))
    assert load_settings().language == "de"
    assert sorted(p.name for p in path.parent.iterdir()) == ["settings.json"]


def _save_theme() -> str:
    try:
        save_settings(Settings(theme="nord"))
    except SettingsError as error:
        return str(error)
    return "saved"


def test_unwritable_folder_is_one_sentence(shared_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As a user who may not write the folder (root runs it as nobody: root may write anything)."""
    folder = shared_dir / "locked"
    folder.mkdir()
    folder.chmod(0o555)
    monkeypatch.setenv("FAKTOR4_CONFIG_DIR", str(folder))
    said = Child(_save_theme, uid=NOBODY if os.geteuid() == 0 else None).result()
    assert "settings.json" in said and said.endswith(".")
    assert list(folder.iterdir()) == []


def test_unwritable_target_is_one_sentence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("FAKTOR4_CONFIG_DIR", str(blocker / "cfg"))
    with pytest.raises(SettingsError, match=r"settings\.json") as caught:
        save_settings(Settings(theme="nord"))
    assert str(caught.value).count(".") >= 1 and "\n" not in str(caught.value)


def test_settings_never_touch_the_data_file(demo_store) -> None:
    before = Path(demo_store.path).read_bytes()
    update_settings(theme="nord", language="en")
    assert Path(demo_store.path).read_bytes() == before
    assert Path(demo_store.path).parent != settings_path().parent
