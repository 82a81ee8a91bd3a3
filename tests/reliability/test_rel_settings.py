"""settings.json that is not a small regular file (a FIFO, a link to /dev/zero, a folder, a huge
file) is ignored with one warning on stderr; no command hangs on it, ``export`` included."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.settings import MAX_BYTES, Settings, SettingsError, save_settings, settings_path
from faktor4_tui.store import Store
from tests.reliability.helpers import faktor4
from tests.reliability.stats import count


def _plant(path: Path, kind: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "dev-zero":
        path.symlink_to("/dev/zero")
    elif kind == "folder":
        path.mkdir()
    else:
        path.write_text('{"language": "en", "pad": "' + "x" * (MAX_BYTES * 300) + '"}')  # ~20 MB


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder", "huge"])
def test_export_finishes_whatever_settings_json_is(tmp_path: Path, kind: str) -> None:
    data = tmp_path / "forum.json"
    Store.create(data, demo_data())
    settings = settings_path()
    _plant(settings, kind)
    result = faktor4("export", str(data), "--format", "md", timeout=20)  # a hang fails here
    assert result.returncode == 0, result.stderr.decode()
    stderr = result.stderr.decode()
    assert stderr.count("\n") == 1 and str(settings) in stderr and "Voreinstellungen" in stderr, stderr
    assert "Kommunen" in result.stdout.decode()
    count("settings_ignored")


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "folder"])
def test_settings_are_never_written_over_or_through_what_is_not_a_regular_file(kind: str) -> None:
    settings = settings_path()
    _plant(settings, kind)
    with pytest.raises(SettingsError) as info:
        save_settings(Settings(theme="nord"))
    assert str(settings) in str(info.value)
    assert os.path.islink(settings) if kind == "dev-zero" else not settings.is_file()
