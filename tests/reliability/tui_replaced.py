"""A note taker (or a presenter) in a process of its own while someone puts another file in place of FILE.

``python -m tests.reliability.tui_replaced app FILE NAME``: the real app (headless) opens Aufgabe 1's
Lösungen, saves the line "NAME vorher", prints "ready" and waits for "replaced" on stdin. Then it waits
until it has noticed (its own poll), types "NAME nachher" + Enter and prints one JSON report (what the
header says, the notices, the add line, the pane). Then, on stdin, "follow" chooses "Neue Datei öffnen"
in the command palette and adds the Aufgabe "NAME neu" to the new file; "stay" types "NAME danach" +
Enter into the add line again after the file changed once more. A last JSON report follows.

``python -m tests.reliability.tui_replaced present FILE NAME``: ``faktor4 present``'s app; on "look" it
notes the slides on show (answering "looked"); after "replaced" it reports the status band, the notices
and whether the slides stayed.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path
from typing import Any

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from tests.reliability.tui import SIZE, send_text, settle


async def _line() -> str:
    got = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    return got.strip()


async def _expect(word: str) -> None:
    got = await _line()
    assert got == word, f"expected {word!r} on stdin, got {got!r}"


def _say(report: dict[str, Any] | str) -> None:
    print(report if isinstance(report, str) else json.dumps(report, ensure_ascii=False), flush=True)


async def _until(pilot: Any, condition: Any, seconds: float = 20) -> float:
    """Let the app run (its own poll) until ``condition()``; how long that took."""
    start = time.monotonic()
    while not condition():
        assert time.monotonic() - start < seconds, "the app never noticed"
        await pilot.pause(0.02)
    return time.monotonic() - start


def _notices(app: Any) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


def _header(app: Any) -> str:
    from faktor4_tui.ui.widgets.status import StatusHeader

    for screen in reversed(app.screen_stack):  # the held notice may be on top: the header is under it
        headers = list(screen.query(StatusHeader))
        if headers:
            return str(headers[0].render())
    return ""


def _pane_report(app: Any, pane: Any) -> dict[str, Any]:
    return {
        "replaced": bool(app.session.replaced),
        "kind": app.session.status.kind,
        "state": app.session.status.state,
        "header": _header(app),
        "notices": _notices(app),
        "editor": pane.editor.value,
        "mode": pane.mode,
        "rows": [row.text for row in pane._rows or ()],
        "screen": type(app.screen).__name__,
        "workshop": app.session.workshop.name if app.session.workshop else None,
    }


async def capture(path: Path, name: str) -> None:
    """The note taker (see the module docstring)."""
    from faktor4_tui.ui.app import Faktor4App

    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        await settle(pilot)
        pane = app.screen.query_one("#pane-loesungen")
        send_text(app, f"{name} vorher\n")
        await _until(pilot, lambda: f"{name} vorher" in [row.text for row in pane._rows or ()])
        _say("ready")
        await _expect("replaced")
        noticed = await _until(pilot, lambda: bool(app.session.replaced))
        send_text(app, f"{name} nachher\n")
        await settle(pilot)
        _say(dict(_pane_report(app, pane), noticed_after=noticed))
        command = await _line()
        if command == "follow":
            await pilot.press("ctrl+p")
            await settle(pilot)
            send_text(app, "Neue Datei öffnen")
            await settle(pilot)
            await pilot.press("enter")
            await _until(pilot, lambda: not app.session.replaced)
            await settle(pilot)
            report = _pane_report(app, pane)
            send_text(app, f"a{name} neu\n\n")
            await settle(pilot)
            problems = app.screen.keylist
            report["aufgaben"] = [row.text for row in problems._rows or ()]
        else:
            app.session.poll()  # the file changed again meanwhile (the other app wrote to it)
            await settle(pilot)
            send_text(app, f"{name} danach\n")
            await settle(pilot)
            report = _pane_report(app, pane)
        _say(report)
        await _expect("quit")


async def present(path: Path, name: str) -> None:
    """The presenter (see the module docstring)."""
    from faktor4_tui.ui.present_app import PresentApp

    app = PresentApp(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("right", "right")
        await settle(pilot)
        screen = app.screen
        _say("ready")
        await _expect("look")  # the note takers' lines are in the file now
        app.session.poll()
        await settle(pilot)
        before = (screen.cursor.index, [slide.key for slide in screen.cursor.slides], screen.cursor.document)
        _say("looked")
        await _expect("replaced")
        noticed = await _until(pilot, lambda: bool(app.session.replaced))
        await settle(pilot)
        band = str(screen.query_one("#present-notice").render())
        after = (screen.cursor.index, [slide.key for slide in screen.cursor.slides], screen.cursor.document)
        _say(
            {
                "replaced": bool(app.session.replaced),
                "noticed_after": noticed,
                "band": band,
                "notices": _notices(app),
                "same_slides": after == before,
                "title": screen.cursor.document.event.title,
            }
        )
        await _expect("quit")


if __name__ == "__main__":
    role = {"app": capture, "present": present}[sys.argv[1]]
    asyncio.run(role(Path(sys.argv[2]), sys.argv[3]))
