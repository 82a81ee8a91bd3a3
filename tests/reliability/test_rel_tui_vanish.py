"""The place being typed into vanishes (another process deletes the Aufgabe, the line being changed, the
workshop, or replaces the file): the app stops, says what happened and shows the typed text, and the
rest of the typist's sentence does not run as commands (issue 11: "d" deleted another Aufgabe, space
changed the Aktionsplan, "u" undid). Another process changes the file; the test asserts on the file."""

from __future__ import annotations

import os
from pathlib import Path

from textual.widgets._toast import Toast

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, DeleteAufgabe, DeleteEntry, DeleteWorkshop
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.aufgabe import AufgabeScreen
from faktor4_tui.ui.screens.held import HeldScreen
from faktor4_tui.ui.screens.problems import ProblemScreen
from faktor4_tui.ui.widgets.keylist import KeyList
from tests.reliability.helpers import Child, check_file
from tests.reliability.ptyapp import PtyApp
from tests.reliability.stats import count
from tests.reliability.tui import SIZE, check_app_matches_file, send_key, send_text, settle

# What a typist's hands do next, without looking: the rest of the line, Enter, Escape, then keys that
# are commands on the problem list (delete twice, plan, vote, undo, move and delete again).
REST = " und dann noch mehr\n"
COMMANDS = ("escape", "d", "d", "space", "x", "plus", "u", "ctrl+z", "j", "d", "delete", "J", "U")


def _other(path: Path, change) -> None:
    """Another process (forked) changes the file through its own Store."""
    Child(lambda: Store(path).apply(change) and None).result()


async def _type_on(app: Faktor4App, pilot) -> None:
    """The rest of the sentence and the commands, queued at once as a burst (no waiting between keys)."""
    send_text(app, REST)
    for key in COMMANDS:
        send_key(app, key)
    await settle(pilot)


def _held(app: Faktor4App, *typed: str) -> HeldScreen:
    """The held notice on top, showing every text in ``typed`` (a missing one is a lost word)."""
    screen = app.screen
    assert isinstance(screen, HeldScreen), f"the app did not stop: {screen!r} is on top"
    shown = screen.typed + " " + screen.typed_after
    missing = [text for text in typed if text not in shown]
    count("words_lost", len(missing))
    assert not missing, f"the notice lost {missing!r}: it shows {shown!r}"
    return screen


def _toasts(app: Faktor4App) -> list[str]:
    """The notices on screen (run_test with notifications=True draws them)."""
    return [str(toast.render()) for toast in app.screen.query(Toast)]


async def _acknowledge(app: Faktor4App, pilot) -> None:
    for key in ("enter", "escape", "q"):  # what a typist would try first: none of them goes on
        send_key(app, key)
    await settle(pilot)
    assert isinstance(app.screen, HeldScreen) and app.is_running
    await pilot.press("ctrl+o")
    await settle(pilot)


async def test_aufgabe_deleted_by_another_process_while_typing_into_it(demo_store: Store) -> None:
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        send_text(app, "Halber Satz")
        await settle(pilot)
        aufgabe = app.screen.aufgabe_id
        _other(path, DeleteAufgabe(id=aufgabe))
        after_delete = path.read_bytes()
        app.session.poll()  # what the app's poll timer does; the keys below are already on their way
        await _type_on(app, pilot)
        held = _held(app, "Halber Satz", "und dann noch mehr")
        assert path.read_bytes() == after_delete, "a key typed after the Aufgabe vanished changed the file"
        assert "Halber Satz" in held.typed and "gelöscht" in " ".join(held.sentences)
        assert "und dann noch mehr" in held.typed_after
        shown = "\n".join(str(widget.render()) for widget in held.query(".held-typed"))
        assert "Halber Satz" in shown and "und dann noch mehr" in shown
        await _acknowledge(app, pilot)
        assert isinstance(app.screen, ProblemScreen)
        assert not any(isinstance(screen, AufgabeScreen) for screen in app.screen_stack)
        assert path.read_bytes() == after_delete
        await pilot.press("j")  # keys act again
        await settle(pilot)
        check_app_matches_file(app, path)
    count("vanished_places")


async def test_enter_into_a_deleted_aufgabe_before_the_poll_noticed(demo_store: Store) -> None:
    """The save itself finds the Aufgabe gone: the line is shown in the notice, the rest is held."""
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "2", "a")
        await settle(pilot)
        aufgabe = app.screen.aufgabe_id
        store = Store(path)
        store.apply(DeleteAufgabe(id=aufgabe))  # in this process, between two polls
        after_delete = path.read_bytes()
        send_text(app, "Akteur X\n")
        await _type_on(app, pilot)
        held = _held(app, "Akteur X")
        assert "Akteur X" in held.typed, held.typed
        assert path.read_bytes() == after_delete
        await _acknowledge(app, pilot)
        assert path.read_bytes() == after_delete
    count("vanished_places")


async def test_entry_being_edited_deleted_by_another_process(demo_store: Store) -> None:
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "e", "end")
        send_text(app, " ergänzt")
        await settle(pilot)
        pane = app.screen.query_one("#pane-loesungen")
        entry = pane.current.id
        _other(path, DeleteEntry(id=entry))
        after_delete = path.read_bytes()
        app.session.poll()
        await _type_on(app, pilot)
        _held(app, "ergänzt")
        assert path.read_bytes() == after_delete
        await _acknowledge(app, pilot)
        assert isinstance(app.screen, AufgabeScreen) and pane.mode is None
        assert path.read_bytes() == after_delete
        check_app_matches_file(app, path)
    count("vanished_places")


async def test_workshop_deleted_by_another_process_while_adding(demo_store: Store) -> None:
    path = demo_store.path
    other = Store(path)
    second = other.add(AddWorkshop(name="Energiewirtschaft"))
    other.add(AddAufgabe(workshop=second, text="Netze ausbauen"))
    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        workshop = app.session.workshop_id
        await pilot.press("a")
        send_text(app, "Neue Aufgabe, halb")
        await settle(pilot)
        _other(path, DeleteWorkshop(id=workshop))
        after_delete = path.read_bytes()
        app.session.poll()
        await _type_on(app, pilot)
        held = _held(app, "Neue Aufgabe, halb")
        assert "Kommunen" in " ".join(held.sentences)
        assert path.read_bytes() == after_delete, "keys typed after the workshop vanished acted on another one"
        await _acknowledge(app, pilot)
        assert app.session.workshop_id == second and app.screen.keylist.mode is None
        assert path.read_bytes() == after_delete
        check_app_matches_file(app, path)
    count("vanished_places")


async def test_file_replaced_by_another_while_typing(demo_store: Store, tmp_path: Path) -> None:
    """Another file put in place: the app writes nothing into it, whatever keys follow; the line stays typed."""
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        for n in range(3):
            send_text(app, f"aZeile {n}\n\x1b")
        await settle(pilot)
        await pilot.press("a")
        send_text(app, "Noch nicht fertig")
        await settle(pilot)
        older = Store.create(tmp_path / "older.json", demo_data())  # another file
        os.replace(older.path, path)
        replaced = path.read_bytes()
        app.session.poll()
        await _type_on(app, pilot)
        assert path.read_bytes() == replaced, "a key typed after the file was replaced changed the other file"
        assert app.session.replaced and "ersetzt" in app.session.status.state
        typed = app.screen_stack[0].query_one("#aufgaben", KeyList)
        words = "Noch nicht fertig"
        count("words_lost", int(words not in typed.editor.value and not app.session.pending))
        assert words in typed.editor.value or app.session.pending, "the typed line is gone"
    count("vanished_places")


def test_two_processes_typist_in_a_pty_and_a_deleting_process(tmp_path: Path) -> None:
    """The real app in a pty types into Aufgabe 1; another process deletes it; the rest of the sentence
    and the commands after it arrive in one write: none of them changes the file."""
    path = tmp_path / "ws.json"
    store = Store.create(path, demo_data())
    first = store.load().workshops[0].aufgaben[0]
    app = PtyApp(str(path))
    try:
        app.wait_for_output(b"Kommunen")
        app.type(b"\r1aHalber Satz")
        app.wait_for_output(b"Halber Satz")
        _other(path, DeleteAufgabe(id=first.id))
        after_delete = path.read_bytes()
        app.type(b" und mehr\r\x1bdd x+uj\x1a")
        app.wait_for_output(b"Angehalten")
        app.read(1.0)  # every key has arrived and been taken
        shown = bytes(app.output[app.output.rfind(b"Angehalten") :])
        count("words_lost", 0 if "Ihr Text: „Halber Satz".encode() in shown else 1)
        assert "Ihr Text: „Halber Satz".encode() in shown, "the notice does not show the typed text"
        assert path.read_bytes() == after_delete, "a key typed after the Aufgabe vanished changed the file"
        app.type(b"\r\x1b")
        app.read(0.5)
        app.type(b"\x0f")  # ctrl+o
        app.read(0.5)
        app.type(b"q")
        code = app.finish()
    finally:
        app.close()
    assert code == 0, bytes(app.output[-2000:])
    assert path.read_bytes() == after_delete
    check_file(path)
    count("vanished_places")


async def test_the_held_notice_says_what_happened_before_any_further_key(demo_store: Store) -> None:
    path = demo_store.path
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "1", "a")
        send_text(app, "Halber Satz")
        await settle(pilot)
        _other(path, DeleteAufgabe(id=app.screen.aufgabe_id))
        app.session.poll()
        await settle(pilot)
        await pilot.pause()
        held = _held(app, "Halber Satz")
        said = str(held.query_one(".held-sentences").render())
        assert "Die Aufgabe, in die Sie geschrieben haben, wurde gelöscht" in said, "the notice shows nothing"
        assert "Halber Satz" in str(held.query_one(".held-typed").render())


async def test_the_held_notice_says_so_when_the_deleted_workshop_comes_back(demo_store: Store) -> None:
    path = demo_store.path
    Store(path).add(AddWorkshop(name="Energiewirtschaft"))
    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE, notifications=True) as pilot:  # toasts drawn as the user sees them
        workshop = app.session.workshop_id
        await pilot.press("a")
        send_text(app, "Neue Aufgabe, halb")
        await settle(pilot)
        undo = Child(lambda: Store(path).apply(DeleteWorkshop(id=workshop))).result()  # someone else deletes it …
        app.session.poll()
        await settle(pilot)
        await pilot.pause()  # the notice mounted and showing what it says
        held = _held(app, "Neue Aufgabe, halb")
        said = held.query_one(".held-sentences")
        assert "„Kommunen“" in str(said.render()) and "gelöscht" in str(said.render())
        assert any("Neue Aufgabe, halb" in toast and "gelöscht" in toast for toast in _toasts(app))  # the draft
        _other(path, undo)  # … and undoes that (their u)
        app.session.poll()
        await settle(pilot)
        assert app.screen is held, "the keys stay held until ctrl+o"
        shown = str(said.render())
        assert "„Kommunen“ ist wieder da" in shown and "gelöscht" not in shown, shown
        assert "Neue Aufgabe, halb" in held.typed
        await settle(pilot)
        assert not any("gelöscht" in toast for toast in _toasts(app)), _toasts(app)
    count("vanished_places")
