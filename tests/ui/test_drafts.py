"""Drafts in the real app: Escape, a pause, quitting keep the half-typed line; the input offers it back."""

from __future__ import annotations

import json
from pathlib import Path

from faktor4_tui.session import Session
from faktor4_tui.session.drafts import drafts_path
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from tests.ui.helpers import SIZE, aufgaben, entries, saved, texts, type_text


def _drafts(data: Path) -> dict[tuple, str]:
    """The drafts file of a data file, as {place: text} ({} if there is none)."""
    path = drafts_path(data)
    if not path.exists():
        return {}
    return {tuple(item["place"]): item["text"] for item in json.loads(path.read_text(encoding="utf-8"))["drafts"]}


def _workshop(store: Store, *texts_: str) -> int:
    workshop = store.add(AddWorkshop(name="Kommunen"))
    for text in texts_:
        store.add(AddAufgabe(workshop=workshop, text=text))
    return workshop


def _notices(app: Faktor4App) -> list[str]:
    return [str(notification.message) for notification in app._notifications]


async def test_escape_keeps_the_half_line_a_offers_it_enter_saves_and_clears(empty_store: Store) -> None:
    workshop = _workshop(empty_store, "Schon da")
    place = ("aufgaben", workshop, "add")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "Radwege sicherer ma")
        await pilot.press("escape")
        assert _drafts(empty_store.path) == {place: "Radwege sicherer ma"}, "Escape writes the draft at once"
        assert texts(empty_store.path) == ["Schon da"], "a draft never goes into the shared file"
        await pilot.press("a")
        editor = app.screen.query_one(".list-editor")
        assert editor.value == "Radwege sicherer ma"
        assert editor.cursor_position == len(editor.value)
        assert any("Entwurf wiederhergestellt" in text for text in _notices(app))
        await type_text(pilot, "chen\n")
        assert texts(empty_store.path) == ["Schon da", "Radwege sicherer machen"]
        assert _drafts(empty_store.path) == {}, "saved: no draft any more"
        assert editor.value == ""
        await pilot.press("escape", "a")
        assert app.screen.query_one(".list-editor").value == ""


async def test_a_pause_in_typing_writes_the_draft(empty_store: Store) -> None:
    workshop = _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "Mitten im Satz")
        for _ in range(100):  # the app writes drafts 0.4 s after the last key (checked every 0.1 s)
            if _drafts(empty_store.path):
                break
            await pilot.pause(0.05)
        assert _drafts(empty_store.path) == {("aufgaben", workshop, "add"): "Mitten im Satz"}
        assert app.screen.query_one(".list-editor").display, "the input stays open"


async def test_quit_keeps_the_draft_and_the_next_start_says_where_it_is(empty_store: Store) -> None:
    _workshop(empty_store, "Radwege")
    aufgabe = aufgaben(empty_store.path)[0]["id"]
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "2", "a")  # Aufgabe 1, pane Akteure
        await type_text(pilot, "Verkehrsaus")
        await pilot.press("ctrl+q")
    assert _drafts(empty_store.path) == {("entries", aufgabe, "akteure", "add"): "Verkehrsaus"}
    again = Faktor4App(Session(Store(empty_store.path)))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        said = [text for text in _notices(again) if "Verkehrsaus" in text]
        assert len(said) == 1 and "Aufgabe 1 · Akteure (neue Zeile)" in said[0], _notices(again)
        await pilot.press("enter", "2", "a")
        await type_text(pilot, "schuss\n")
        assert entries(empty_store.path, aufgabe, "akteure") == [("Verkehrsausschuss", False)]
        assert _drafts(empty_store.path) == {}


async def test_a_pane_keeps_its_draft_while_switching_aufgaben(empty_store: Store) -> None:
    _workshop(empty_store, "Eins", "Zwei")
    first, second = (row["id"] for row in aufgaben(empty_store.path))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "a")
        await type_text(pilot, "für eins")
        await pilot.press("escape", "right_square_bracket", "a")
        assert app.screen.query_one("#pane-loesungen .list-editor").value == ""
        await type_text(pilot, "für zwei")
        await pilot.press("escape", "left_square_bracket", "a")
        assert app.screen.query_one("#pane-loesungen .list-editor").value == "für eins"
        await pilot.press("enter")
        assert entries(empty_store.path, first, "loesungen") == [("für eins", False)]
    assert _drafts(empty_store.path) == {("entries", second, "loesungen", "add"): "für zwei"}


async def test_an_edit_draft_comes_back_and_is_cleared_when_saved(empty_store: Store) -> None:
    _workshop(empty_store, "Alt")
    aufgabe = aufgaben(empty_store.path)[0]["id"]
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e")
        await type_text(pilot, " und neu")
        await pilot.press("escape")
        assert texts(empty_store.path) == ["Alt"]
        assert _drafts(empty_store.path) == {("aufgabe", aufgabe, "edit"): "Alt und neu"}
        await pilot.press("e")
        assert app.screen.query_one(".list-editor").value == "Alt und neu"
        await pilot.press("enter")
        assert texts(empty_store.path) == ["Alt und neu"]
        assert _drafts(empty_store.path) == {}
        await pilot.press("e", "ctrl+u", "escape")  # cleared and closed: nothing to keep
        assert _drafts(empty_store.path) == {}
        await pilot.press("e")
        assert app.screen.query_one(".list-editor").value == "Alt und neu"


async def test_event_fields_keep_their_drafts(empty_store: Store) -> None:
    _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await type_text(pilot, "Klimaforum Nord")
        await pilot.press("ctrl+q")
    assert saved(empty_store.path)["event"]["1"]["title"] == ""
    assert _drafts(empty_store.path) == {("event", "title"): "Klimaforum Nord"}
    again = Faktor4App(Session(Store(empty_store.path)))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("Veranstaltung · Titel" in text for text in _notices(again))
        await pilot.press("E")
        await type_text(pilot, "\n")
        assert saved(empty_store.path)["event"]["1"]["title"] == "Klimaforum Nord"
        assert _drafts(empty_store.path) == {}


async def test_notices_quote_typed_markup_literally(empty_store: Store) -> None:
    _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "[b]fett[/b] und [@click=app.quit]x")
        await pilot.press("ctrl+q")
    again = Faktor4App(Session(Store(empty_store.path)))
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert any("[b]fett[/b] und [@click=app.quit]x" in text for text in _notices(again))
        assert again.is_running
