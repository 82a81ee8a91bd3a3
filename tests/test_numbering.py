"""Derived numbering on the seed: Lösung N through the workshop, notes unnumbered."""

from __future__ import annotations

from faktor4_tui.model import number_workshop
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetAktion, SetNote, ToggleAktion


def labels(store: Store, aufgabe_index: int, section: str) -> list[int | None]:
    workshop = store.load().workshops[0]
    numbers = number_workshop(workshop)
    return [numbers.entry.get(e.id) for e in workshop.aufgaben[aufgabe_index].entries(section)]


def test_seed_numbering(demo_store: Store) -> None:
    assert labels(demo_store, 0, "loesungen") == [1, 2, 3, 4, 5, 6, 7]
    assert labels(demo_store, 7, "loesungen") == [8, 9, 10, 11]
    assert labels(demo_store, 0, "akteure") == [1, 2, 3, None]
    assert labels(demo_store, 7, "akteure") == [1, 2, 3, 4, 5, 6]
    assert labels(demo_store, 0, "start") == [1]


def test_plan_order_drives_loesung_numbers(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(SetAktion(id=workshop.aufgaben[7].id, aktion=1))
    assert labels(demo_store, 7, "loesungen") == [1, 2, 3, 4]
    assert labels(demo_store, 0, "loesungen") == [5, 6, 7, 8, 9, 10, 11]
    demo_store.apply(ToggleAktion(id=workshop.aufgaben[7].id))
    demo_store.apply(ToggleAktion(id=workshop.aufgaben[0].id))
    # No plan: list order.
    assert labels(demo_store, 0, "loesungen") == [1, 2, 3, 4, 5, 6, 7]


def test_notes_close_no_gap(demo_store: Store) -> None:
    entry = demo_store.load().workshops[0].aufgaben[0].entries("loesungen")[1]
    demo_store.apply(SetNote(id=entry.id, note=True))
    assert labels(demo_store, 0, "loesungen") == [1, None, 2, 3, 4, 5, 6]
    assert labels(demo_store, 7, "loesungen") == [7, 8, 9, 10]


def test_start_outside_the_plan_has_no_aktion_number(demo_store: Store) -> None:
    from faktor4_tui.i18n import label

    aufgabe = demo_store.load().workshops[0].aufgaben[0]
    demo_store.apply(ToggleAktion(id=aufgabe.id))
    assert labels(demo_store, 0, "start") == [0]
    assert label("start", 0) == "Start"
    assert label("start", 2) == "Start Aktion 2"
