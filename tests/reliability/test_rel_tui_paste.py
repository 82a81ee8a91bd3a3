"""Pastes in the add line: every pasted line is saved, in order with typed keys, blank lines close nothing."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from tests.reliability.tui import SIZE, check_app_matches_file, file_aufgaben, send_paste, send_text, settle


def _workshop(store: Store) -> int:
    return store.add(AddWorkshop(name="Kommunen"))


def _texts(store: Store, workshop: int) -> list[str]:
    from tests.reliability.helpers import check_file

    return [text for _, text in file_aufgaben(check_file(store.path), workshop)]


async def test_blank_lines_in_a_paste_do_not_close_the_add_line(empty_store: Store) -> None:
    workshop = _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        send_paste(app, "eins\n\nzwei\n   \ndrei")
        await settle(pilot)
        editor = app.screen.query_one(".list-editor")
        assert editor.display and app.focused is editor, "a blank pasted line closed the add line"
        assert editor.value == "drei"
        await pilot.press("enter")
        check_app_matches_file(app, empty_store.path)
    assert _texts(empty_store, workshop) == ["eins", "zwei", "drei"]


async def test_paste_then_enter_in_one_burst(empty_store: Store) -> None:
    workshop = _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        send_paste(app, "gepastet")
        send_text(app, "\n")
        await settle(pilot)
    assert _texts(empty_store, workshop) == ["gepastet"]


async def test_typed_and_pasted_text_stay_in_order(empty_store: Store) -> None:
    workshop = _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "aab")
        send_paste(app, "CD")
        send_text(app, "ef\ngh")
        send_paste(app, "IJ\nKL")
        send_text(app, "mn\n")
        await settle(pilot)
        check_app_matches_file(app, empty_store.path)
    assert _texts(empty_store, workshop) == ["abCDef", "ghIJ", "KLmn"]


async def test_paste_while_saving_fails_keeps_every_line(empty_store: Store) -> None:
    """The store refuses (file broken by another program): the pasted lines wait, separately, in order."""
    workshop = _workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await settle(pilot)
        good = empty_store.path.read_bytes()
        empty_store.path.write_text("kaputt", encoding="utf-8")
        send_paste(app, "eins\nzwei\ndrei")
        await settle(pilot)
        editor = app.screen.query_one(".list-editor")
        assert [line.text for line in app.session.pending] == ["eins", "zwei"]
        assert editor.value == "drei", f"the last pasted line (no Enter yet) is {editor.value!r}"
        assert app.session.status.kind == "error"
        empty_store.path.write_bytes(good)
        await pilot.press("enter")  # saves the waiting lines first, then this one
        await settle(pilot)
        assert app.session.status.kind == "saved"
    assert _texts(empty_store, workshop) == ["eins", "zwei", "drei"]
