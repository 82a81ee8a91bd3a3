"""The open Aufgabe disappears underneath another screen (undo in the event editor, another process
deleting it while the help or the presentation is on top): the top screen stays, the Aufgabe screen
leaves once it is uncovered, and nothing crashes."""

from __future__ import annotations

import pytest

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, DeleteAufgabe
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from tests.reliability.tui import SIZE, check_app_matches_file, send_text, settle


async def _wait_for(pilot, condition) -> None:
    for _ in range(200):  # the app polls the file every 0.25 s (slow on a loaded machine)
        if condition():
            return
        await pilot.pause(0.05)
    raise AssertionError("the app never showed the other process's change")


async def test_undo_in_event_editor_removes_the_open_aufgabe(demo_store: Store) -> None:
    from faktor4_tui.ui.screens.event import EventScreen

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        send_text(app, "aNeu\n\n")
        await settle(pilot)
        await pilot.press("G", "enter", "E", "tab", "tab", "tab")  # the Ziel lines of the event editor
        await settle(pilot)
        assert isinstance(app.screen, EventScreen)
        await pilot.press("u")  # undoes adding the Aufgabe that is open underneath
        await settle(pilot)
        assert isinstance(app.screen, EventScreen), "the event editor was closed by the Aufgabe screen below"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen)
        await pilot.press("escape", "escape", "a")
        await settle(pilot)
        check_app_matches_file(app, demo_store.path)
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("cover", ["f1", "f5"])
async def test_other_process_deletes_the_aufgabe_under_help_or_presentation(demo_store: Store, cover: str) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "enter", cover)
        await settle(pilot)
        top = app.screen
        aufgabe = app.screen_stack[-2].aufgabe_id
        Store(demo_store.path).apply(DeleteAufgabe(id=aufgabe))
        await _wait_for(pilot, lambda: app.session.document.find_aufgabe(aufgabe) is None)
        await settle(pilot)
        assert app.screen is top, "the covering screen was closed"
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ProblemScreen), "the Aufgabe screen of a deleted Aufgabe stayed"
        assert not any(isinstance(screen, AufgabeScreen) for screen in app.screen_stack)
        await pilot.press("escape", "j", "a")
        await settle(pilot)
        check_app_matches_file(app, demo_store.path)
    assert app.return_code in (None, 0)


@pytest.mark.parametrize("key", ["E", "enter", "w", "f5"])
async def test_poll_while_a_screen_is_still_opening(demo_store: Store, key: str) -> None:
    """Another process's change arrives while a screen is mid-mount: no crash (found by random keys)."""
    from tests.reliability.tui import send_key

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        other = Store(demo_store.path)
        workshop = other.load().workshops[0].id
        for _ in range(3):
            send_key(app, key)
            for _ in range(6):  # the poll may fall anywhere in the opening
                other.add(AddAufgabe(workshop=workshop, text="Von nebenan"))
                app.session.poll()
                await pilot.pause(0)
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
        check_app_matches_file(app, demo_store.path)
    assert app.return_code in (None, 0)


async def test_event_editor_opens_with_its_lines(demo_store: Store) -> None:
    """The Ziel and Ablauf lists show the file's lines as soon as the editor is open."""
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await settle(pilot)
        assert app.screen.query_one("#event-goal")._rows, "the Ziel list opened empty"
        check_app_matches_file(app, demo_store.path)
