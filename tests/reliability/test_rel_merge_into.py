"""``faktor4 merge ROOM.json --into FORUM.json`` while the forum file is open elsewhere: real processes.

A note taker's app (its own process) and a presentation (``faktor4 present`` on a terminal) follow
the merge like any change; a line typed meanwhile is not lost; merging again after a fix in the room
updates the line instead of adding it twice; a line changed in both places keeps both, marked.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, ToggleAktion
from tests.reliability.helpers import check_file, faktor4
from tests.reliability.people import Person
from tests.reliability.ptyapp import PtyApp


def _data(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _texts(path: Path, room: str) -> list[tuple[str, bool]]:
    """(text, conflict mark) of a room's Aufgaben in list order, from the file."""
    data = _data(path)
    workshop = next(int(key) for key, row in data["workshops"].items() if row["name"] == room)
    rows = sorted((row for row in data["aufgaben"].values() if row["workshop"] == workshop), key=lambda r: r["pos"])
    return [(row["text"], bool(row.get("conflict"))) for row in rows]


@pytest.fixture
def forum(tmp_path: Path) -> Path:
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    return path


@pytest.fixture
def room(tmp_path: Path) -> Path:
    """A laptop's file: Kommunen (one new line, first, so an app opens on it), then Landwirtschaft."""
    path = tmp_path / "raum.json"
    store = Store.create(path)
    kommunen = store.add(AddWorkshop(name="Kommunen"))
    store.add(AddAufgabe(workshop=kommunen, text="Radwege ausbauen"))
    industrie = store.add(AddWorkshop(name="Landwirtschaft"))
    abwaerme = store.add(AddAufgabe(workshop=industrie, text="Humus aufbauen"))
    store.add(AddEntry(aufgabe=abwaerme, section="loesungen", text="Beratung anbieten"))
    store.apply(ToggleAktion(abwaerme))
    return path


def _merge(room: Path, forum: Path) -> str:
    done = faktor4("merge", str(room), "--into", str(forum))
    assert done.returncode == 0, done.stderr
    return done.stdout.decode("utf-8")


def test_an_open_app_follows_the_merge_and_keeps_what_it_typed(forum: Path, room: Path) -> None:
    with Person(forum) as person:
        person.press("a")
        person.type("Vor dem Zusammenführen")
        person.press("enter")
        assert person.do("state")["workshops"] == ["Kommunen"]
        _merge(room, forum)  # while the app is open, its editor still open
        person.type("Nach dem Zusammenführen")
        person.press("enter")
        assert person.poll()["workshops"] == ["Kommunen", "Landwirtschaft"]
    kommunen = [text for text, _ in _texts(forum, "Kommunen")]
    assert kommunen[-3:] == ["Vor dem Zusammenführen", "Radwege ausbauen", "Nach dem Zusammenführen"]
    assert _texts(forum, "Landwirtschaft") == [("Humus aufbauen", False)]
    check_file(forum)


def test_a_presentation_shows_the_merged_room(forum: Path, room: Path) -> None:
    present = PtyApp("present", str(forum))
    try:
        present.wait_for_output(b"Herbstforum")
        assert b"Landwirtschaft" not in present.output
        _merge(room, forum)
        merged = time.monotonic()
        deadline = merged + 10
        while b"Landwirtschaft" not in present.output and time.monotonic() < deadline:
            present.type(b"G")  # the deck's last slide: the new room's (or all rooms') Aktionsplan
            present.read(0.2)
        assert b"Landwirtschaft" in present.output, bytes(present.output[-1500:])
        assert time.monotonic() - merged < 5  # polled every 0.25 s: well within a second when not loaded
    finally:
        present.close()


def test_merging_again_after_a_fix_in_the_room_updates_the_line(forum: Path, room: Path) -> None:
    assert "2 neu" not in _merge(room, forum)
    with Person(room) as laptop:  # the room's note taker fixes a typo on the laptop
        laptop.press("e", "ctrl+u")
        laptop.type("Radwege sicher ausbauen")
        laptop.press("enter")
    out = _merge(room, forum)
    assert "1 geändert" in out, out
    kommunen = [text for text, _ in _texts(forum, "Kommunen")]
    assert kommunen.count("Radwege sicher ausbauen") == 1 and "Radwege ausbauen" not in kommunen
    assert len(kommunen) == 10
    check_file(forum)


def test_a_line_changed_in_both_places_keeps_both_marked(forum: Path, room: Path) -> None:
    _merge(room, forum)
    with Person(forum) as moderator, Person(room) as laptop:
        moderator.press("G", "e", "ctrl+u")  # the merged line, last in the forum's Kommunen
        moderator.type("Radwege im Forum geändert")
        moderator.press("enter")
        laptop.press("e", "ctrl+u")
        laptop.type("Radwege im Raum geändert")
        laptop.press("enter")
        out = _merge(room, forum)
        assert "beide Fassungen sind erhalten" in out and "1 doppelt behalten" in out
        assert moderator.poll()["kind"] != "error"
    assert _texts(forum, "Kommunen")[-2:] == [("Radwege im Forum geändert", False), ("Radwege im Raum geändert", True)]
    assert "nichts Neues" in _merge(room, forum)  # and a third merge adds nothing
    assert len(_texts(forum, "Kommunen")) == 11
    check_file(forum)
