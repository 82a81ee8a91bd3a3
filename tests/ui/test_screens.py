"""Screens: pane jumps, Aufgabe switching, first workshop, event editor, read-only, help, present."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.event import EventScreen
from faktor4_tui.ui.screens.help import HelpScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.screens.workshop import WorkshopScreen
from tests.reliability.helpers import NOBODY, Child
from tests.ui.helpers import SIZE, aufgaben, entries, saved, texts, type_text


async def test_pane_jump_keys_add_to_each_section(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    second = aufgaben(demo_store.path)[1]["id"]
    sections = ["loesungen", "akteure", "start", "umsetzungsprobleme", "unterstuetzer", "sponsoren"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter")
        for number in ("6", "5", "4", "3", "2", "1"):
            await pilot.press(number, "a")
            await type_text(pilot, f"Eintrag {number}")
            await pilot.press("enter", "escape")
        await pilot.press("tab", "tab", "a")
        await type_text(pilot, "per Tab")
        await pilot.press("enter", "escape", "shift+tab", "a")
        await type_text(pilot, "zurück")
        await pilot.press("enter", "escape")
    for index, section in enumerate(sections):
        expected = [(f"Eintrag {index + 1}", False)]
        if section == "start":
            expected.append(("per Tab", False))
        if section == "akteure":
            expected.append(("zurück", False))
        assert entries(demo_store.path, second, section) == expected


async def test_brackets_switch_aufgabe_and_escape_goes_back(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    ids = [a["id"] for a in aufgaben(demo_store.path)]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "2")
        screen = app.screen
        assert isinstance(screen, AufgabeScreen) and screen.aufgabe_id == ids[0]
        await pilot.press("right_square_bracket", "right_square_bracket")
        assert screen.aufgabe_id == ids[2]
        await pilot.press("a")
        await type_text(pilot, "Akteur für Aufgabe 3")
        await pilot.press("enter", "escape", "left_square_bracket")
        assert screen.aufgabe_id == ids[1]
        await pilot.press("left_square_bracket", "left_square_bracket")
        assert screen.aufgabe_id == ids[0]
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)
    assert entries(demo_store.path, ids[2], "akteure") == [("Akteur für Aufgabe 3", False)]


async def test_new_file_asks_for_first_workshop(empty_store: Store) -> None:
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert isinstance(app.screen, EventScreen)  # a new file asks for the event first
        await pilot.press("escape")  # Escape goes on to the first workshop
        assert isinstance(app.screen, WorkshopScreen)
        await pilot.press("escape")  # the first workshop cannot be skipped
        assert isinstance(app.screen, WorkshopScreen)
        await type_text(pilot, "Kommunen")
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("a")
        await type_text(pilot, "Erste")
        await pilot.press("enter")
    data = saved(empty_store.path)
    assert [w["name"] for w in data["workshops"].values()] == ["Kommunen"]
    assert texts(empty_store.path) == ["Erste"]


async def test_switch_workshop_with_w(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("w")
        assert isinstance(app.screen, WorkshopScreen)
        await pilot.press("a")  # a new room as in any list (no second field that only looks typed into)
        await type_text(pilot, "Industrie")
        await pilot.press("enter", "escape")
        await pilot.pause()
        await pilot.press("enter")  # the new room is the selected row: Enter opens it
        await pilot.pause()
        assert app.session.workshop is not None and app.session.workshop.name == "Industrie"
        await pilot.press("a")
        await type_text(pilot, "Abwärme nutzen")
        await pilot.press("enter", "escape", "w", "up", "enter")
        await pilot.pause()
        assert app.session.workshop.name == "Kommunen"
    data = saved(demo_store.path)
    industrie = next(int(k) for k, w in data["workshops"].items() if w["name"] == "Industrie")
    assert [a["text"] for a in data["aufgaben"].values() if a["workshop"] == industrie] == ["Abwärme nutzen"]


async def test_event_editor(empty_store: Store) -> None:
    empty_store.add(AddWorkshop(name="Kommunen"))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await type_text(pilot, "Workshop Aktionsplan Faktor 4")
        await pilot.press("enter")
        await type_text(pilot, "Herbstforum 2021")
        await pilot.press("enter")
        await type_text(pilot, "Donnerstag, 30.09.21")
        await pilot.press("enter")  # focus moves on to the Ziel list
        await pilot.press("a")
        await type_text(pilot, "Diskussion")
        await pilot.press("enter")
        await type_text(pilot, "Planung")
        await pilot.press("enter", "enter", "K")
        await pilot.press("tab", "a")
        await type_text(pilot, "Impulsstatements (3 min.)")
        await pilot.press("enter", "enter", "escape")
        assert isinstance(app.screen, ProblemScreen)
    event = saved(empty_store.path)["event"]["1"]
    assert event["title"] == "Workshop Aktionsplan Faktor 4"
    assert event["forum"] == "Herbstforum 2021"
    assert event["dates"] == "Donnerstag, 30.09.21"
    assert event["goal"] == ["Planung", "Diskussion"]
    assert event["agenda"] == ["Impulsstatements (3 min.)"]


def _keys_on_a_read_only_file(path: str) -> tuple[str, str, bool]:
    """Open the app on ``path`` and press editing keys; the header before and after, still running."""

    async def session() -> tuple[str, str, bool]:
        app = Faktor4App(Session(Store(path)))
        async with app.run_test(size=SIZE) as pilot:
            first = app.session.status.state
            await pilot.press("a", "d", "x", "J", "enter", "2", "m", "d", "u")
            return first, app.session.status.state, app.is_running

    return asyncio.run(session())


def test_read_only_file_refuses_edits(shared_dir: Path) -> None:
    """As a user who may not write the file or its folder (root runs it as nobody: root writes anything)."""
    path = shared_dir / "demo.json"
    Store.create(path, demo_data())
    os.chmod(path, 0o444)
    os.chmod(shared_dir, 0o555)
    before = path.read_bytes()
    try:
        result = Child(_keys_on_a_read_only_file, str(path), uid=NOBODY if os.geteuid() == 0 else None).result()
    finally:
        os.chmod(shared_dir, 0o755)
    assert result == ("schreibgeschützt", "schreibgeschützt", True)
    assert path.read_bytes() == before


async def test_read_only_store_flag_refuses_edits(demo_store: Store) -> None:
    before = demo_store.path.read_bytes()
    demo_store.read_only = True  # what Store sets for a file it cannot write (also as root)
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        assert app.session.status.state == "schreibgeschützt"
        await pilot.press("a")
        assert not any(editor.display for editor in app.screen.query(".list-editor"))  # mounted when first opened
        await pilot.press("d", "x", "J", "enter", "2", "m", "d", "u", "U")
        assert app.is_running
        assert app.session.status.state == "schreibgeschützt"
    assert demo_store.path.read_bytes() == before


async def test_store_error_keeps_typed_text(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "wichtiger Satz")
        demo_store.path.write_text("kaputt", encoding="utf-8")  # another program broke the file
        await pilot.press("enter")
        editor = app.screen.query_one(".list-editor")
        assert editor.value == "" and [line.text for line in app.session.pending] == ["wichtiger Satz"]
        assert app.session.status.kind == "error" and str(demo_store.path) in app.session.status.state
        assert app.is_running


async def test_help_lists_live_bindings(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(".help-line"))
        for needle in ("Rückgängig", "Aktionsplan", "Bereich", "Notiz", "Filter", "f5"):
            assert needle in shown
        await pilot.press("escape")
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)


async def test_slide_key_follows_place(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    first = aufgaben(demo_store.path)[0]["id"]
    async with app.run_test(size=SIZE) as pilot:
        assert app.screen.slide_key().kind == "problems"
        await pilot.press("enter")
        kinds = []
        for number in "123456":
            await pilot.press(number)
            kinds.append(app.screen.slide_key().kind)
        assert kinds == ["loesungen", "akteure", "start", "start", "support", "support"]
        assert app.screen.slide_key().aufgabe_id == first


async def test_other_process_change_shows_within_poll(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j")
        cursor_id = app.screen.query_one("#aufgaben").current.id
        other = Store(demo_store.path)
        workshop = saved(demo_store.path)["workshops"]
        other.add(AddAufgabe(workshop=int(next(iter(workshop))), text="Von nebenan", index=0))
        for _ in range(20):
            await pilot.pause(0.05)
            if "Von nebenan" in [row.text for row in app.screen.query_one("#aufgaben")._visible]:
                break
        keylist = app.screen.query_one("#aufgaben")
        assert keylist._visible[0].text == "Von nebenan"
        assert keylist.current.id == cursor_id


def test_every_binding_has_id_and_tooltip() -> None:
    from faktor4_tui.ui.screens.workshop import WorkshopScreen
    from faktor4_tui.ui.widgets.keylist import KeyList, RowOptions

    classes = (Faktor4App, ProblemScreen, AufgabeScreen, EventScreen, HelpScreen, WorkshopScreen, KeyList, RowOptions)
    missing = [(cls.__name__, b.key) for cls in classes for b in cls.BINDINGS if not (b.id and b.tooltip)]
    assert missing == []
