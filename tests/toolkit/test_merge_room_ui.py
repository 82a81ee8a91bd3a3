"""The palette's "Raumdatei zusammenführen": a laptop's rooms into the open file, one change that u takes back."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from tests.toolkit.helpers import choose, palette
from tests.ui.helpers import SIZE, saved, type_text


def _rooms(path: Path) -> list[str]:
    return [w["name"] for w in sorted(saved(path)["workshops"].values(), key=lambda w: w["pos"])]


def _room_file(path: Path) -> Path:
    store = Store.create(path)
    industrie = store.add(AddWorkshop(name="Industrie"))
    aufgabe = store.add(AddAufgabe(workshop=industrie, text="Abwärme nutzen"))
    store.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Wärmenetz planen"))
    kommunen = store.add(AddWorkshop(name="Kommunen"))
    store.add(AddAufgabe(workshop=kommunen, text="Radwege ausbauen"))
    return path


async def test_merge_a_room_file_from_the_palette_and_undo_it(demo_store: Store, tmp_path: Path) -> None:
    room = _room_file(tmp_path / "raum.json")
    before = saved(demo_store.path)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await palette(pilot, "Raumdatei zusammenführen")
        await choose(pilot)
        await type_text(pilot, f"{room.name}\n")  # relative: beside the data file
        await pilot.pause()
        assert _rooms(demo_store.path) == ["Kommunen", "Industrie"]
        kommunen = [a["text"] for a in saved(demo_store.path)["aufgaben"].values()]
        assert kommunen.count("Radwege ausbauen") == 1
        assert [a.text for a in app.session.workshop.aufgaben][-1] == "Radwege ausbauen"  # the list shows it
        await pilot.press("u")  # the whole merge is one change
        assert _rooms(demo_store.path) == ["Kommunen"]
        after = saved(demo_store.path)
        assert after["aufgaben"] == before["aufgaben"] and after["entries"] == before["entries"]
        await pilot.press("U")
        assert _rooms(demo_store.path) == ["Kommunen", "Industrie"]
        await palette(pilot, "Raumdatei zusammenführen")
        await choose(pilot)
        await type_text(pilot, f"{demo_store.path}\n")  # the file itself: a sentence, nothing changes
        await pilot.pause()
        assert any("in sich selbst" in str(n.message) for n in app._notifications)
    assert _rooms(demo_store.path) == ["Kommunen", "Industrie"]
