"""Capturing at typing speed: add, edit, delete, undo/redo, reorder, notes, plan — checked on disk."""

from __future__ import annotations

from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from faktor4_tui.ui.app import Faktor4App
from tests.ui.helpers import SIZE, aufgaben, entries, saved, texts, type_text


def _with_workshop(store: Store, *aufgabe_texts: str) -> int:
    workshop = store.add(AddWorkshop(name="Kommunen"))
    for text in aufgabe_texts:
        store.add(AddAufgabe(workshop=workshop, text=text))
    return workshop


async def test_continuous_entry_saves_each_line(empty_store: Store) -> None:
    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        for line in ("Erste Aufgabe", "Zweite Aufgabe", "Dritte Aufgabe"):
            await type_text(pilot, line)
            await pilot.press("enter")
            assert texts(empty_store.path)[-1] == line
        assert app.focused is app.screen.query_one(".list-editor")
        await pilot.press("enter")  # empty line closes
        assert app.screen.query_one(".list-editor").display is False
    assert texts(empty_store.path) == ["Erste Aufgabe", "Zweite Aufgabe", "Dritte Aufgabe"]


async def test_escape_closes_add_without_saving(empty_store: Store) -> None:
    _with_workshop(empty_store, "A")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await type_text(pilot, "verworfen")
        await pilot.press("escape")
        assert app.screen.query_one(".list-editor").display is False
    assert texts(empty_store.path) == ["A"]


async def test_edit_saves_and_escape_cancels(empty_store: Store) -> None:
    _with_workshop(empty_store, "Alt", "Zwei")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("e", "end", "backspace", "backspace", "backspace")
        await type_text(pilot, "Neu")
        await pilot.press("enter")
        assert texts(empty_store.path) == ["Neu", "Zwei"]
        await pilot.press("j", "f2")
        await type_text(pilot, " nicht")
        await pilot.press("escape")
    assert texts(empty_store.path) == ["Neu", "Zwei"]


async def test_delete_undo_redo(empty_store: Store) -> None:
    _with_workshop(empty_store, "Eins", "Zwei", "Drei")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "d")
        assert texts(empty_store.path) == ["Eins", "Drei"]
        await pilot.press("u")
        assert texts(empty_store.path) == ["Eins", "Zwei", "Drei"]
        await pilot.press("U")
        assert texts(empty_store.path) == ["Eins", "Drei"]
        await pilot.press("ctrl+z")
        assert texts(empty_store.path) == ["Eins", "Zwei", "Drei"]
        await pilot.press("ctrl+y")
        assert texts(empty_store.path) == ["Eins", "Drei"]
        await pilot.press("delete")
        assert texts(empty_store.path) == ["Eins"]


async def test_reorder_with_shift_keys(empty_store: Store) -> None:
    _with_workshop(empty_store, "Eins", "Zwei", "Drei")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("J")
        assert texts(empty_store.path) == ["Zwei", "Eins", "Drei"]
        await pilot.press("shift+down")
        assert texts(empty_store.path) == ["Zwei", "Drei", "Eins"]
        await pilot.press("K")
        assert texts(empty_store.path) == ["Zwei", "Eins", "Drei"]
        await pilot.press("G", "shift+up")
        assert texts(empty_store.path) == ["Zwei", "Drei", "Eins"]
        await pilot.press("g", "e")
        await pilot.press("ctrl+u")
        await type_text(pilot, "Oben")
        await pilot.press("enter")
    assert texts(empty_store.path) == ["Oben", "Drei", "Eins"]


async def test_plan_toggle_with_space_and_x(empty_store: Store) -> None:
    _with_workshop(empty_store, "Eins", "Zwei", "Drei")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "space")
        await pilot.press("k", "k", "x")
        assert [a["aktion"] for a in aufgaben(empty_store.path)] == [2, None, 1]
        await pilot.press("j", "j", "space")
        assert [a["aktion"] for a in aufgaben(empty_store.path)] == [1, None, None]


async def test_plan_beyond_four_warns_but_saves(empty_store: Store) -> None:
    _with_workshop(empty_store, *[f"A{n}" for n in range(5)])
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        for _ in range(5):
            await pilot.press("x", "j")
        assert app.screen.query_one(".plan-warning").display is True
    assert [a["aktion"] for a in aufgaben(empty_store.path)] == [1, 2, 3, 4, 5]


async def test_note_toggle_in_pane(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    first = aufgaben(demo_store.path)[0]["id"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "2", "m")
        assert entries(demo_store.path, first, "akteure")[0] == ("Bürgermeister*in", True)
        await pilot.press("m")
        assert entries(demo_store.path, first, "akteure")[0] == ("Bürgermeister*in", False)


async def test_m_on_problem_list_changes_nothing(demo_store: Store) -> None:
    before = demo_store.path.read_bytes()
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("m")
    assert demo_store.path.read_bytes() == before


async def test_filter_as_you_type_then_edit_match(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("slash")
        await type_text(pilot, "energiewende")
        keylist = app.screen.query_one("#aufgaben")
        assert [row.text[:9] for row in keylist._visible] == ["Umsetzung"]
        await pilot.press("enter", "e", "ctrl+u")
        await type_text(pilot, "Energiewende vor Ort")
        await pilot.press("enter")
        await pilot.press("escape")
        assert len(keylist._visible) == 9
    assert texts(demo_store.path)[8] == "Energiewende vor Ort"


async def test_keys_typed_into_input_insert_text(empty_store: Store) -> None:
    _with_workshop(empty_store, "Eins")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        await pilot.press("q", "u", "d", "1", "space", "w", "x", "question_mark", "j", "k", "G", "m", "slash")
        await pilot.press("enter")
        assert app.is_running
    assert texts(empty_store.path) == ["Eins", "qud1 wx?jkGm/"]


async def test_literal_markup_text_is_saved_and_shown(empty_store: Store) -> None:
    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        for line in ("[/]", "[@click=app.quit]x[/]", "[bold]fett[/bold]"):
            await type_text(pilot, line)
            await pilot.press("enter")
        await pilot.press("escape")
        options = app.screen.query_one(".list-rows")
        shown = [str(option.prompt) for option in options.options]
        assert app.is_running
    assert texts(empty_store.path) == ["[/]", "[@click=app.quit]x[/]", "[bold]fett[/bold]"]
    assert shown[0].endswith("Aufgabe 1: [/]")
    assert shown[1].endswith("Aufgabe 2: [@click=app.quit]x[/]")
    assert shown[2].endswith("Aufgabe 3: [bold]fett[/bold]")


async def test_burst_of_keys_stays_in_order(empty_store: Store) -> None:
    """Keys that arrive faster than they are processed (fast typist, SSH lag) act in order."""
    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "aEins\nZwei\nDrei\nVier\n\ngj")
        await type_text(pilot, "\n2aBürgermeister*in\nZugpferde\n\nmuU")
    assert texts(empty_store.path) == ["Eins", "Zwei", "Drei", "Vier"]
    second = aufgaben(empty_store.path)[1]["id"]
    assert entries(empty_store.path, second, "akteure") == [("Bürgermeister*in", False), ("Zugpferde", True)]


async def test_pasted_lines_become_one_entry_each(empty_store: Store) -> None:
    from textual import events

    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        app.focused.post_message(events.Paste("Erste\nZweite\nDritte"))
        await pilot.pause()
        await pilot.press("enter")
    assert texts(empty_store.path) == ["Erste", "Zweite", "Dritte"]


async def test_burst_from_start_reaches_every_screen(empty_store: Store) -> None:
    """Keys typed while screens are still opening are held and replayed in order, not lost."""
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "Herbstforum\n\n\nKommunen\naEins\nZwei\n\n\n2aHallo\n\n")  # the event first
        for _ in range(40):  # held keys replay as screens finish opening
            if saved(empty_store.path)["entries"]:
                break
            await pilot.pause(0.05)
    assert texts(empty_store.path) == ["Eins", "Zwei"]
    second = aufgaben(empty_store.path)[1]["id"]  # the cursor stays on the last line added
    assert entries(empty_store.path, second, "akteure") == [("Hallo", False)]


async def test_keys_typed_into_pane_input_insert_text(demo_store: Store) -> None:
    app = Faktor4App(Session(demo_store))
    first = aufgaben(demo_store.path)[0]["id"]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("enter", "6", "a")
        await pilot.press(*"12[]quUdxEw?Kjm/ ", "shift+up", "enter", "escape")
        await pilot.press("6")
        assert app.screen.pane_index == 5
    assert entries(demo_store.path, first, "sponsoren") == [("12[]quUdxEw?Kjm/", False)]


async def test_a_huge_paste_is_refused_with_a_notice_and_the_typed_text_stays(empty_store: Store) -> None:
    import time

    from textual import events

    from faktor4_tui.store.ops.base import MAX_TEXT

    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "aAnfang ")
        started = time.monotonic()
        app.focused.post_message(events.Paste("x" * 20_000_000))
        await pilot.pause()
        assert time.monotonic() - started < 5  # refused before anything is laid out (was 28 s)
        assert app.focused.value == "Anfang "
        assert any("20000000" in str(n.message) for n in app._notifications)
        app.focused.post_message(events.Paste("y" * MAX_TEXT))  # too long together with "Anfang "
        await pilot.pause()
        assert app.focused.value == "Anfang "
        await pilot.press("enter")
    assert texts(empty_store.path) == ["Anfang"]


async def test_a_typed_text_over_the_limit_is_refused_and_kept(empty_store: Store) -> None:
    from textual import events

    from faktor4_tui.store.ops.base import MAX_TEXT

    _with_workshop(empty_store)
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("a")
        app.focused.post_message(events.Paste("y" * MAX_TEXT))
        await pilot.pause()
        await type_text(pilot, "z\n")
        await pilot.pause()
        assert app.focused is not None and getattr(app.focused, "value", "") == "y" * MAX_TEXT + "z"
    assert texts(empty_store.path) == []


async def test_two_changes_of_one_row_are_both_undone_and_redone(empty_store: Store) -> None:
    """K K u u and e…⏎ e…⏎ u u: each undo takes back one of your own steps (none refused as "someone else's")."""
    _with_workshop(empty_store, "Eins", "Zwei", "Drei")
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("G", "K", "K")
        assert texts(empty_store.path) == ["Drei", "Eins", "Zwei"]
        await pilot.press("u", "u")
        assert texts(empty_store.path) == ["Eins", "Zwei", "Drei"]
        await pilot.press("U", "U")
        assert texts(empty_store.path) == ["Drei", "Eins", "Zwei"]
        for text in ("Erste Fassung", "Zweite Fassung"):
            await pilot.press("e", "ctrl+u")
            await type_text(pilot, text)
            await pilot.press("enter")
        assert texts(empty_store.path)[0] == "Zweite Fassung"
        await pilot.press("u")
        assert texts(empty_store.path)[0] == "Erste Fassung"
        await pilot.press("u")
        assert texts(empty_store.path)[0] == "Drei"
        await pilot.press("u")  # and the moves before them
        assert texts(empty_store.path) == ["Eins", "Drei", "Zwei"]
