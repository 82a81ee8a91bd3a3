"""The Aktionsplan's order: < and > move the Aktion under the cursor in the plan; the list stays."""

from __future__ import annotations

import pytest

from faktor4_tui.model import number_workshop
from faktor4_tui.session import Session
from faktor4_tui.store import ConflictError, Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, MoveAktion, ToggleAktion
from faktor4_tui.ui.app import Faktor4App
from faktor4_tui.ui.screens.help import HelpScreen
from tests.toolkit.helpers import choose, palette
from tests.ui.helpers import SIZE, aufgaben, texts, type_text


def _planned(store: Store, count: int, plan: tuple[int, ...]) -> list[int]:
    """A workshop of ``count`` Aufgaben "A0" …; ``plan`` (list positions) become Aktion 1, 2 …"""
    workshop = store.add(AddWorkshop(name="Kommunen"))
    ids = [store.add(AddAufgabe(workshop=workshop, text=f"A{n}")) for n in range(count)]
    for position in plan:
        store.apply(ToggleAktion(ids[position]))
    return ids


def _aktionen(store: Store) -> list[int | None]:
    return [row["aktion"] for row in aufgaben(store.path)]


async def test_move_aktion_keeps_the_list_and_renumbers_the_plan(empty_store: Store) -> None:
    _planned(empty_store, 4, (0, 2, 3))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "j", "less_than_sign")  # A2: Aktion 2 -> 1
        assert _aktionen(empty_store) == [2, None, 1, 3]
        assert texts(empty_store.path) == ["A0", "A1", "A2", "A3"]
        assert app.screen.keylist.current is not None and app.screen.keylist.current.text == "A2"
        await pilot.press("greater_than_sign", "greater_than_sign")  # back to 2, then 3
        assert _aktionen(empty_store) == [1, None, 3, 2]
        await pilot.press("u")
        assert _aktionen(empty_store) == [1, None, 2, 3]
        await pilot.press("U")
        assert _aktionen(empty_store) == [1, None, 3, 2]
    assert texts(empty_store.path) == ["A0", "A1", "A2", "A3"]


async def test_move_aktion_at_the_end_and_outside_the_plan_says_so(empty_store: Store) -> None:
    _planned(empty_store, 3, (0, 2))
    before = empty_store.path.read_bytes()
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("less_than_sign")
        assert any("schon am Anfang" in str(n.message) for n in app._notifications)
        await pilot.press("j", "greater_than_sign")
        assert any("Aufgabe 2 ist nicht im Aktionsplan" in str(n.message) for n in app._notifications)
        await pilot.press("j", "greater_than_sign")
        assert any("schon am Ende" in str(n.message) for n in app._notifications)
    assert empty_store.path.read_bytes() == before


async def test_numbering_follows_the_plan_order(empty_store: Store) -> None:
    ids = _planned(empty_store, 2, (0, 1))
    empty_store.add(AddEntry(aufgabe=ids[0], section="loesungen", text="erste"))
    empty_store.add(AddEntry(aufgabe=ids[1], section="loesungen", text="zweite"))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "less_than_sign")
    document = Store(empty_store.path).load()
    numbers = number_workshop(document.workshops[0])
    by_text = {e.text: numbers.entry[e.id] for a in document.workshops[0].aufgaben for e in a.entries("loesungen")}
    assert by_text == {"zweite": 1, "erste": 2}


async def test_palette_and_help_show_the_plan_keys(empty_store: Store) -> None:
    _planned(empty_store, 2, (0, 1))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=(160, 30)) as pilot:
        await pilot.pause()
        footer = " ".join(str(key.render()) for key in app.screen.query("FooterKey, FooterLabel"))
        assert "Aktion verschieben" in footer and "<" in footer and ">" in footer
        await palette(pilot, "Aktion im Aktionsplan später")
        await choose(pilot)
        assert _aktionen(empty_store) == [2, 1]
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        shown = "\n".join(str(widget.render()) for widget in app.screen.query(".help-line"))
        assert "Aktion früher" in shown and "Aktion später" in shown and ">" in shown


def test_undo_refuses_after_someone_changed_the_plan(empty_store: Store) -> None:
    ids = _planned(empty_store, 3, (0, 1, 2))
    inverse = empty_store.apply(MoveAktion(ids[2], -1))
    other = Store(empty_store.path)
    other.apply(MoveAktion(ids[0], 2))  # someone else reorders the plan meanwhile
    with pytest.raises(ConflictError):
        empty_store.apply(inverse)
    assert _aktionen(empty_store) == [3, 2, 1]


async def test_angle_brackets_are_text_while_typing(empty_store: Store) -> None:
    _planned(empty_store, 2, (0, 1))
    app = Faktor4App(Session(empty_store))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("j", "a")
        await type_text(pilot, "Preis < Kosten > Nutzen\n")
        await pilot.press("escape")
    assert texts(empty_store.path)[-1] == "Preis < Kosten > Nutzen"
    assert _aktionen(empty_store) == [1, 2, None]
