"""Shared fixtures: stores on tmp_path files (never mocked)."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.i18n import set_language
from faktor4_tui.store import Store


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    """A new, empty faktor4 file."""
    return Store.create(tmp_path / "workshop.json")


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    """A file holding the seed's demo workshop."""
    return Store.create(tmp_path / "demo.json", demo_data())


@pytest.fixture
def shared_dir() -> Iterator[Path]:
    """A folder outside pytest's private (0700) tmp tree, so an unprivileged child can reach it."""
    folder = Path(tempfile.mkdtemp(prefix="faktor4-test-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def isolated_user(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Every test: fresh settings and state (drafts) folders, a neutral locale and German, reset afterwards."""
    monkeypatch.setenv("FAKTOR4_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("FAKTOR4_STATE_DIR", str(tmp_path_factory.mktemp("state")))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    set_language("de")
    yield
    set_language("de")


@pytest.fixture
def english():
    """The UI in English for one test (the autouse fixture switches back to German)."""
    set_language("en")
    yield
    set_language("de")
