"""A note taker in a process of its own: the real app (headless) typing lines into Aufgabe 1's Lösungen.

``python -m tests.reliability.tui_writer FILE NAME COUNT TOTAL``: opens the app, goes to Aufgabe 1,
pane 1, opens the add line, prints "ready", waits for "go" on stdin, types COUNT lines
"NAME i" each followed by Enter, waits until its pane shows TOTAL Lösungen (everyone's),
prints "typed", waits for "check" on stdin and prints one JSON line: the lines whose Enter
was acknowledged (saved, add line empty), when (wall clock) its last line was saved and when
its pane showed everything, and whether the app's document and lists matched the file.
"""

from __future__ import annotations

import asyncio
import json
import sys
import time
from pathlib import Path

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.tui import SIZE, check_app_matches_file, file_aufgaben, send_text, settle


async def _line(stdin_text: str) -> None:
    got = await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
    assert got.strip() == stdin_text, f"expected {stdin_text!r} on stdin, got {got!r}"


async def main(path: Path, name: str, count: int, total: int) -> dict:
    """Type, then report (see the module docstring)."""
    app = Faktor4App(Session(Store(path)))
    report: dict = {"acknowledged": [], "errors": []}
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        await settle(pilot)
        pane = app.screen.query_one("#pane-loesungen")
        aufgabe = app.screen.aufgabe_id
        print("ready", flush=True)
        await _line("go")
        for number in range(count):
            text = f"{name} {number}"
            send_text(app, text + "\n")
            await pilot.pause()
            if app.session.status.kind == "saved" and pane.editor.value == "" and pane.mode == "add":
                report["acknowledged"].append(text)
            else:
                report["errors"].append((text, app.session.status.state, pane.editor.value))
        report["last_saved_at"] = time.time()
        start = time.monotonic()
        while len(pane._rows or ()) < total and time.monotonic() - start < 20:
            await pilot.pause(0.01)
        report["seen_all_at"] = time.time()
        print("typed", flush=True)
        await _line("check")
        data = json.loads(path.read_text(encoding="utf-8"))
        shown = [row.text for row in pane._rows or ()]
        report["shown"] = shown
        await settle(pilot)
        try:
            check_app_matches_file(app, path)
            report["matches"] = True
        except AssertionError as error:
            report["matches"] = str(error)
        report["aufgabe"] = aufgabe
        report["first_aufgabe"] = file_aufgaben(data, app.session.workshop_id)[0][0]
    return report


if __name__ == "__main__":
    result = asyncio.run(main(Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])))
    print(json.dumps(result, ensure_ascii=False), flush=True)
