"""The rooms of a forum in the app: the workshop dialog (forum overview), the header, a new file's event."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, RenameWorkshop
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.event import EventScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.trash import TrashScreen
from faktor4_tui.ui.screens.workshop import WorkshopScreen
from faktor4_tui.ui.widgets.status import StatusHeader
from tests.reliability.helpers import in_child
from tests.ui.helpers import SIZE, saved, type_text


def _names(path: Path) -> list[str]:
    rows = saved(path)["workshops"].values()
    return [row["name"] for row in sorted(rows, key=lambda row: row["pos"])]


def _forum(tmp_path: Path) -> Store:
    """Kommunen (the demo, 9 Aufgaben with entries), Industrie (one Aufgabe), Energiewirtschaft (empty)."""
    store = Store.create(tmp_path / "forum.json", demo_data())
    industrie = store.add(AddWorkshop("Industrie"))
    store.add(AddAufgabe(industrie, "Abwärme nutzen"))
    store.add(AddWorkshop("Energiewirtschaft"))
    return store


def _rename(path: Path, old: str, new: str) -> None:
    store = Store(path)
    workshop = store.load().workshop_named(old)
    assert workshop is not None
    store.apply(RenameWorkshop(workshop.id, new, seen=workshop.version))


def _dialog(app: Faktor4App) -> WorkshopScreen:
    screen = app.screen
    assert isinstance(screen, WorkshopScreen)
    return screen


def _shown(app: Faktor4App) -> list[str]:
    """The rows of the open workshop dialog as shown: label, name and counts."""
    keylist = _dialog(app).keylist
    assert keylist is not None
    return [f"{row.mark}|{row.label}: {row.text} · {row.detail.strip()}" for row in keylist.source.rows()]


def _header(app: Faktor4App) -> str:
    return str(app.screen.query_one(StatusHeader).render())


async def test_create_rename_refused_reorder_and_undo(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    app = Faktor4App(Session(store))
    async with app.run_test(size=SIZE) as pilot:
        assert "Workshop 1/3: Kommunen" in _header(app)
        await pilot.press("w")
        assert _shown(app) == [
            ">|Workshop 1: Kommunen · 9 Aufgaben · 2 Aktionen · 24 Einträge",
            "|Workshop 2: Industrie · 1 Aufgabe · 0 Aktionen · 0 Einträge",
            "|Workshop 3: Energiewirtschaft · 0 Aufgaben · 0 Aktionen · 0 Einträge",
        ]
        await pilot.press("a")
        await type_text(pilot, "Bildungseinrichtungen\n  kommunen \n")
        # " kommunen " is taken (case-insensitive, trimmed): refused with a sentence, the name stays typed.
        assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft", "Bildungseinrichtungen"]
        assert any("Es gibt schon einen Workshop „Kommunen“" in n.message for n in app._notifications)
        keylist = _dialog(app).keylist
        assert keylist is not None and keylist.typed == "  kommunen "
        await pilot.press("escape")
        await pilot.press("G", "e", "ctrl+u")
        await type_text(pilot, "INDUSTRIE\n")  # rename onto another room's name: refused
        assert _names(store.path)[3] == "Bildungseinrichtungen"
        await pilot.press("ctrl+u")
        await type_text(pilot, "Bildung\n")
        assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft", "Bildung"]
        await pilot.press("K", "shift+up")  # Bildung two places earlier
        assert _names(store.path) == ["Kommunen", "Bildung", "Industrie", "Energiewirtschaft"]
        await pilot.press("u")  # undo in the dialog
        assert _names(store.path) == ["Kommunen", "Industrie", "Bildung", "Energiewirtschaft"]
        await pilot.press("U")
        assert _names(store.path) == ["Kommunen", "Bildung", "Industrie", "Energiewirtschaft"]
        await pilot.press("enter")  # opens the room under the cursor
        assert isinstance(app.screen, ProblemScreen)
        assert app.session.workshop is not None and app.session.workshop.name == "Bildung"
        assert "Workshop 2/4: Bildung" in _header(app)
        await pilot.press("u", "u", "u")  # after the dialog: the two moves, then the rename come back
        assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft", "Bildungseinrichtungen"]


async def test_delete_asks_twice_for_a_room_with_aufgaben_then_undo_and_restore(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    kommunen = store.load().workshops[0].id
    app = Faktor4App(Session(store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", "G", "d")  # Energiewirtschaft is empty: at once
        assert _names(store.path) == ["Kommunen", "Industrie"]
        await pilot.press("g", "d")  # Kommunen has Aufgaben: a second press
        assert _names(store.path) == ["Kommunen", "Industrie"]
        await pilot.press("d")
        assert _names(store.path) == ["Industrie"]
        [item] = [row for row in saved(store.path)["trash"].values() if str(kommunen) in row["workshops"]]
        assert item["kind"] == "workshop" and len(item["aufgaben"]) == 9 and len(item["entries"]) == 24
        assert app.session.workshop is not None and app.session.workshop.name == "Industrie"
        await pilot.press("d")  # the only room left is never deleted
        assert _names(store.path) == ["Industrie"]
        await pilot.press("u")  # Kommunen back at its place, whole
        assert _names(store.path) == ["Kommunen", "Industrie"]
        assert len([a for a in saved(store.path)["aufgaben"].values() if a["workshop"] == kommunen]) == 9
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)
        # Energiewirtschaft comes back from the Papierkorb (palette), at its old place.
        await pilot.press("ctrl+p")
        await type_text(pilot, "Papierkorb")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, TrashScreen)
        await pilot.press("enter")
        await pilot.pause()
    assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft"]
    assert [row["kind"] for row in saved(store.path)["trash"].values()] == []


async def test_a_rename_in_another_process_shows_in_the_open_dialog_and_the_header(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    app = Faktor4App(Session(store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        in_child(_rename, store.path, "Industrie", "Industrie und Gewerbe")  # another process
        app.session.poll()  # what the app's timer does every 0.1 s
        await pilot.pause()
        assert _shown(app)[1] == "|Workshop 2: Industrie und Gewerbe · 1 Aufgabe · 0 Aktionen · 0 Einträge"
        await pilot.press("j", "enter")
        assert "Workshop 2/3: Industrie und Gewerbe" in _header(app)


async def test_overview_key_and_palette_commands(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    app = Faktor4App(Session(store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("O")
        dialog = _dialog(app)
        assert "Forum: 3 Workshops" in str(dialog.query_one(".dialog-title").render())
        await pilot.press("j", "j", "enter")  # jumps to that room
        assert app.session.workshop is not None and app.session.workshop.name == "Energiewirtschaft"
        await pilot.press("ctrl+p")
        await type_text(pilot, "Workshop nach vorn")
        await pilot.press("enter")
        await pilot.pause()
        assert _names(store.path) == ["Kommunen", "Energiewirtschaft", "Industrie"]
        assert "Workshop 2/3: Energiewirtschaft" in _header(app)
        await pilot.press("ctrl+p")
        await type_text(pilot, "Forum-Übersicht")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, WorkshopScreen)


async def test_remembered_room_opens_next_time(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    app = Faktor4App(Session(store, remember=True))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w", "j", "enter")
        assert app.session.workshop is not None and app.session.workshop.name == "Industrie"
    again = Faktor4App(Session(Store(store.path), remember=True))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "Prozesswärme\n")
        await pilot.press("escape")
        assert "Workshop 2/3: Industrie" in _header(again)
    industrie = next(int(key) for key, row in saved(store.path)["workshops"].items() if row["name"] == "Industrie")
    texts = [row["text"] for row in saved(store.path)["aufgaben"].values() if row["workshop"] == industrie]
    assert texts == ["Abwärme nutzen", "Prozesswärme"]


async def test_a_new_file_asks_for_the_event_then_the_first_workshop(tmp_path: Path) -> None:
    path = tmp_path / "neu" / "forum.json"
    path.parent.mkdir()
    app = Faktor4App(Session(Store.open_or_create(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EventScreen)
        await type_text(pilot, "Workshop Aktionsplan Faktor 4\nHerbstforum 2021\n")
        await type_text(pilot, "Donnerstag, 30.09.21 bis Samstag, 02.10.21\n")  # Enter on the dates goes on
        assert isinstance(app.screen, WorkshopScreen)
        await type_text(pilot, "Energiewirtschaft\n")
        assert isinstance(app.screen, ProblemScreen)
    data = saved(path)
    event = data["event"]["1"]
    assert (event["title"], event["forum"], event["dates"]) == (
        "Workshop Aktionsplan Faktor 4",
        "Herbstforum 2021",
        "Donnerstag, 30.09.21 bis Samstag, 02.10.21",
    )
    assert _names(path) == ["Energiewirtschaft"]


async def test_escape_skips_the_new_files_event(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    app = Faktor4App(Session(Store.open_or_create(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EventScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, WorkshopScreen)
        await type_text(pilot, "Kommunen\n")
        assert isinstance(app.screen, ProblemScreen)
    data = saved(path)
    assert data["event"] in ({}, {"1": {"title": "", "forum": "", "dates": "", "goal": [], "agenda": []}})
    assert _names(path) == ["Kommunen"]
    again = Faktor4App(Session(Store(path)))  # asked once: a file with a workshop asks nothing
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(again.screen, ProblemScreen)
