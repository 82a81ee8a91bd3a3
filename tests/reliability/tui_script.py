"""One person in a process of their own: the real app (headless), driven line by line from stdin.

``python -m tests.reliability.tui_script FILE``: opens the app on FILE, prints "ready", then reads
one command per line and answers each with one JSON line, so a test can play several people on one
file step by step, each in a real process:

- ``press KEY …``  keys as ``pilot.press`` names them
- ``type TEXT``    characters as a terminal sends them (no pause between them)
- ``poll``         what the app's poll timer does (follow the file), then let the screens settle
- ``state``        the header, the notices so far, the screen, the focused input's value, the rooms
- ``quit``         leave
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path
from typing import Any

from textual.widgets import Input

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.tui import SIZE, send_text, settle


def _state(app: Faktor4App) -> dict[str, Any]:
    focused = app.focused
    return {
        "header": app.session.status.state,
        "kind": app.session.status.kind,
        "notices": [str(notification.message) for notification in app._notifications],
        "screen": type(app.screen).__name__,
        "input": focused.value if isinstance(focused, Input) else None,
        "workshops": [workshop.name for workshop in app.session.document.workshops],
    }


async def main(path: Path) -> None:
    """Answer commands until ``quit`` (see the module docstring)."""
    app = Faktor4App(Session(Store(path)))
    loop = asyncio.get_running_loop()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        print("ready", flush=True)
        while True:
            line = (await loop.run_in_executor(None, sys.stdin.readline)).rstrip("\n")
            command, _, rest = line.partition(" ")
            if command in ("quit", ""):
                break
            if command == "press":
                await pilot.press(*rest.split())
            elif command == "type":
                send_text(app, rest)
            elif command == "poll":
                app.session.poll()
            await settle(pilot)
            print(json.dumps(_state(app), ensure_ascii=False), flush=True)


if __name__ == "__main__":
    asyncio.run(main(Path(sys.argv[1])))
