"""Rooms in real processes on a pty: ``faktor4 FILE --workshop NAME`` opens that room, and the next
start without it opens the room this user used last on that file (kept in the state folder)."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.session.rooms import rooms_path
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop
from tests.reliability.helpers import check_file
from tests.reliability.ptyapp import PtyApp, file_has

ESC = "\x1b"


def _texts_of(path: Path, name: str) -> list[str]:
    data = check_file(path)
    workshop = next(int(key) for key, row in data["workshops"].items() if row["name"] == name)
    rows = [row for row in data["aufgaben"].values() if row["workshop"] == workshop]
    return [row["text"] for row in sorted(rows, key=lambda row: row["pos"])]


def _add_and_quit(path: Path, text: str, *args: str) -> bytes:
    app = PtyApp(str(path), *args)
    try:
        app.wait_for_output(b"Wo sehen Sie")
        app.type(f"a{text}\r{ESC}".encode())
        app.wait_for(lambda: file_has(path, text), what=f"{text} saved")
        app.type(b"q")
        assert app.finish() == 0
        return bytes(app.output)
    finally:
        app.close()


def test_workshop_option_opens_that_room_and_the_next_start_remembers_it(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())  # Kommunen
    for name in ("Industrie", "Energiewirtschaft", "Bildungseinrichtungen", "Jede*r Einzelne"):
        store.add(AddWorkshop(name))
    shown = _add_and_quit(path, "Netze ausbauen", "--workshop", "energiewirtschaft")
    assert b"Workshop 3/5: Energiewirtschaft" in shown
    assert _texts_of(path, "Energiewirtschaft") == ["Netze ausbauen"]
    shown = _add_and_quit(path, "Speicher planen")  # no --workshop: the room used last here
    assert b"Workshop 3/5: Energiewirtschaft" in shown
    assert _texts_of(path, "Energiewirtschaft") == ["Netze ausbauen", "Speicher planen"]
    assert "Energiewirtschaft" in rooms_path().read_text(encoding="utf-8")  # the user's state folder
