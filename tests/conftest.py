"""Shared fixtures: stores on tmp_path files (never mocked)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store


@pytest.fixture
def empty_store(tmp_path: Path) -> Store:
    """A new, empty faktor4 file."""
    return Store.create(tmp_path / "workshop.json")


@pytest.fixture
def demo_store(tmp_path: Path) -> Store:
    """A file holding the seed's demo workshop."""
    return Store.create(tmp_path / "demo.json", demo_data())
