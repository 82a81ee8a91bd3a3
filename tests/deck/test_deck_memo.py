"""Live follow lays out only the rooms that changed, and shows exactly what a fresh build shows."""

from __future__ import annotations

from pathlib import Path

from faktor4_tui.deck import Fit, build_deck, memo
from faktor4_tui.i18n import set_language
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry, EditEntry, RenameWorkshop, SetEvent
from tests.forum_rooms import five_rooms


def fresh(store: Store, fit: Fit | None) -> list:
    memo._ROOMS.clear()
    return build_deck(Store(store.path).load(), None, fit)


def test_every_change_shows_as_in_a_fresh_build_and_unchanged_rooms_are_not_laid_out_again(tmp_path: Path) -> None:
    store = five_rooms(tmp_path / "forum.json")
    viewer = Store(store.path)
    fit = Fit(76, 16)
    first = build_deck(viewer.load(), None, fit)
    kommunen = viewer.load().workshop_named("Kommunen")
    assert kommunen is not None
    aufgabe = kommunen.aufgaben[0]
    entry = aufgabe.entries("loesungen")[0]
    changes = [
        AddEntry(aufgabe=aufgabe.id, section="loesungen", text="Neu von nebenan " * 30),
        EditEntry(id=entry.id, text="Geändert"),
        SetEvent(title="Herbstforum – neuer Titel"),
        RenameWorkshop(id=kommunen.id, name="Kommunen und Kreise"),
    ]
    before = first
    for change in changes:
        store.apply(change)
        document = viewer.load()
        industrie = document.workshop_named("Industrie")
        assert industrie is not None
        again = build_deck(document, None, fit)
        remembered = dict(memo._ROOMS)
        assert again == fresh(store, fit), change
        memo._ROOMS.clear()
        memo._ROOMS.update(remembered)
        # Industrie did not change: its slides are the very objects laid out before (only a new
        # event title gives them a new header).
        old = [s for s in before if s.key.workshop_id == industrie.id]
        new = [s for s in again if s.key.workshop_id == industrie.id]
        if isinstance(change, SetEvent):
            assert all(s.title == "Herbstforum – neuer Titel" for s in new)
        else:
            assert old and all(a is b for a, b in zip(old, new, strict=True)), change
        before = again
    assert build_deck(viewer.load(), None, None) == fresh(store, None)
    set_language("en")
    try:
        assert build_deck(viewer.load(), None, fit) == fresh(store, fit)
        assert any(
            "Solution" in line.label for s in build_deck(viewer.load(), None, fit) for b in s.blocks for line in b.lines
        )
    finally:
        set_language("de")
