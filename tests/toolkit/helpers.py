"""Toolkit test helpers: votes and plan as saved, and driving the command palette."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from textual.command import CommandList, CommandPalette

from tests.ui.helpers import aufgaben, type_text


def votes(path: Path) -> list[int]:
    """The saved votes of the first workshop's Aufgaben, in list order."""
    return [row.get("votes", 0) for row in aufgaben(path)]


def plan(path: Path) -> list[int]:
    """The saved Aktionsplan as list positions (1-based Aufgabe numbers), in Aktion order."""
    rows = [(row["aktion"], index) for index, row in enumerate(aufgaben(path), start=1) if row["aktion"]]
    return [number for _aktion, number in sorted(rows)]


async def palette(pilot: Any, query: str) -> list[str]:
    """Open the command palette, type ``query``, wait for the search; the shown hits as plain text."""
    app = pilot.app
    await pilot.press("ctrl+p")
    await pilot.pause()
    assert isinstance(app.screen, CommandPalette)
    return await palette_hits(pilot, query)


async def palette_hits(pilot: Any, query: str) -> list[str]:
    """Type ``query`` into the open palette, wait for its search; the hits shown, best first."""
    app = pilot.app
    await type_text(pilot, query)
    await app.workers.wait_for_complete()
    await pilot.pause()
    commands = app.screen.query_one(CommandList)
    return [str(commands.get_option_at_index(i).prompt) for i in range(commands.option_count)]


async def choose(pilot: Any, index: int = 0) -> None:
    """Run the palette's hit number ``index`` (0 = the best, highlighted already) and let its screens open."""
    await pilot.press(*["down"] * index, "enter")
    await pilot.pause()
    await pilot.pause()
