"""Tools for the TUI half of the reliability suite: drive the real app, compare what it shows with the file."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from textual import events
from textual.keys import _character_to_key

from faktor4_tui.model import SECTIONS
from faktor4_tui.store import Store
from tests.reliability.helpers import check_file

SIZE = (100, 30)


def _ordered(rows: dict[str, dict[str, Any]], **where: Any) -> list[dict[str, Any]]:
    picked = [
        dict(row, id=int(key))
        for key, row in rows.items()
        if all(row.get(name) == value for name, value in where.items())
    ]
    return sorted(picked, key=lambda row: row["pos"])


def file_aufgaben(data: dict[str, Any], workshop_id: int) -> list[tuple[int, str]]:
    """(id, text) of a workshop's Aufgaben in list order, straight from the raw file."""
    return [(row["id"], row["text"]) for row in _ordered(data["aufgaben"], workshop=workshop_id)]


def file_entries(data: dict[str, Any], aufgabe_id: int, section: str) -> list[tuple[int, str, bool]]:
    """(id, text, note) of one section's entries in order, straight from the raw file."""
    return [
        (row["id"], row["text"], row["note"]) for row in _ordered(data["entries"], aufgabe=aufgabe_id, section=section)
    ]


def shown_rows(keylist: Any) -> list[tuple[int, str]]:
    """(id, text) of every row a KeyList shows, read from the OptionList's rendered prompts."""
    options = keylist.options
    shown = []
    for index in range(options.option_count):
        option = options.get_option_at_index(index)
        shown.append((int(option.id), str(option.prompt)))
    return shown


def _check_list(keylist: Any, expected: list[tuple[int, str]], where: str) -> None:
    rows = [(row.id, row.text) for row in keylist._rows or ()]
    assert rows == expected, f"{where}: the list holds {rows!r}, the file {expected!r}"
    visible = {row.id for row in keylist._visible}
    for row_id, prompt in shown_rows(keylist):
        assert row_id in visible, f"{where}: row {row_id} is shown but not in the list"
        text = dict(expected)[row_id]
        assert prompt.endswith(text), f"{where}: row {row_id} shows {prompt!r}, the file says {text!r}"
    if not keylist._filter:
        assert [row_id for row_id, _ in shown_rows(keylist)] == [row_id for row_id, _ in expected], where


def check_app_matches_file(app: Any, path: Path) -> dict[str, Any]:
    """The file is valid; the app's document is a fresh load of it; every list on screen shows the file."""
    from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
    from faktor4_tui.ui.screens.event import EventScreen
    from faktor4_tui.ui.screens.present import PresentScreen
    from faktor4_tui.ui.screens.problems import ProblemScreen
    from faktor4_tui.ui.screens.workshop import WorkshopScreen

    data = check_file(path)
    fresh = Store(path).load()
    assert app.session.document == fresh, "the app's document differs from the file"
    for screen in app.screen_stack:
        if isinstance(screen, ProblemScreen) and app.session.workshop_id is not None:
            _check_list(screen.keylist, file_aufgaben(data, app.session.workshop_id), "problem list")
        elif isinstance(screen, AufgabeScreen):
            if str(screen.aufgabe_id) not in data["aufgaben"]:
                assert screen is not app.screen, "an Aufgabe screen shows an Aufgabe that no longer exists"
                continue
            for section, pane in zip(SECTIONS, screen.panes, strict=True):
                expected = [(i, text) for i, text, _ in file_entries(data, screen.aufgabe_id, section)]
                _check_list(pane, expected, f"pane {section}")
        elif isinstance(screen, PresentScreen):
            assert screen.cursor.document == fresh, "the presentation shows an older document"
            assert 0 <= screen.cursor.index < screen.cursor.total
        elif isinstance(screen, WorkshopScreen) and screen.keylist is not None:
            ordered = sorted(data["workshops"].items(), key=lambda item: (item[1]["pos"], int(item[0])))
            expected = [(int(key), row["name"]) for key, row in ordered]
            assert [(row.id, row.text) for row in screen.keylist._rows or ()] == expected, "the workshops dialog"
            names = dict(expected)
            for row_id, prompt in shown_rows(screen.keylist):
                assert names[row_id] in prompt, f"the workshops dialog shows {prompt!r} for {names[row_id]!r}"
        elif isinstance(screen, EventScreen):
            event = data["event"]["1"]
            for name in ("goal", "agenda"):
                _check_list(screen.query_one(f"#event-{name}"), list(enumerate(event[name])), f"event {name}")
    return data


async def settle(pilot: Any) -> None:
    """Let the app finish what the keys started (screens mounting, saves, reloads)."""
    await pilot.pause()
    await pilot.wait_for_scheduled_animations()


def send_text(app: Any, text: str) -> None:
    """Queue text as a terminal sends typed characters: one Key per character, no waiting."""
    for char in text:
        event = events.Key("enter", "\r") if char == "\n" else events.Key(_character_to_key(char), char)
        event.set_sender(app)
        app._driver.send_message(event)


def send_key(app: Any, key: str) -> None:
    """Queue one named key (as ``pilot.press`` builds it) without waiting for the app to go idle."""
    import unicodedata

    from textual.keys import REPLACED_KEYS, _get_unicode_name_from_key

    try:
        char: str | None = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    app._driver.send_message(event)


def send_paste(app: Any, text: str) -> None:
    """Queue a bracketed paste, as the terminal driver sends it."""
    event = events.Paste(text)
    event.set_sender(app)
    app._driver.send_message(event)


def run(coro: Any) -> Any:
    """Run a coroutine to completion in a fresh event loop (for hypothesis tests, which are sync)."""
    return asyncio.run(coro)
