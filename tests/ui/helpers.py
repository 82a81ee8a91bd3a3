"""UI test helpers: read the SAVED file back, type text as a fast typist does."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from textual import events
from textual.keys import _character_to_key

SIZE = (100, 30)


def saved(path: Path) -> dict[str, Any]:
    """The raw JSON on disk."""
    return json.loads(path.read_text(encoding="utf-8"))


def aufgaben(path: Path) -> list[dict[str, Any]]:
    """The saved Aufgaben of the first workshop, in list order."""
    data = saved(path)
    rows = [dict(row, id=int(key)) for key, row in data["aufgaben"].items()]
    return sorted(rows, key=lambda row: row["pos"])


def texts(path: Path) -> list[str]:
    """The saved Aufgabe texts, in order."""
    return [row["text"] for row in aufgaben(path)]


def entries(path: Path, aufgabe_id: int, section: str) -> list[tuple[str, bool]]:
    """The saved entries of one section as (text, note), in order."""
    data = saved(path)
    rows = [r for r in data["entries"].values() if r["aufgabe"] == aufgabe_id and r["section"] == section]
    return [(r["text"], r["note"]) for r in sorted(rows, key=lambda r: r["pos"])]


async def type_text(pilot: Any, text: str) -> None:
    """Type text as a fast typist does: one real key event per character, all queued at once.

    ``pilot.press`` waits ~60 ms after every key and drops characters it cannot name
    (such as "→"); a terminal driver sends Key(name, character) for each character, so
    we do the same and wait once the whole line has been processed. "\n" presses Enter.
    """
    app = pilot.app
    for char in text:
        event = events.Key("enter", "\r") if char == "\n" else events.Key(_character_to_key(char), char)
        event.set_sender(app)
        app._driver.send_message(event)
    await pilot.pause()
