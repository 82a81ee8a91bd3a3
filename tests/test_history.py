"""Undo/redo history over a real store: inverse ops, redo cleared by new changes, failures keep stacks."""

from __future__ import annotations

import json

import pytest

from faktor4_tui.session.history import History
from faktor4_tui.store import NotFoundError, Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, DeleteAufgabe, EditAufgabe


def _texts(store: Store) -> list[str]:
    data = json.loads(store.path.read_text(encoding="utf-8"))
    return [row["text"] for row in sorted(data["aufgaben"].values(), key=lambda row: row["pos"])]


def test_undo_redo_round_trip(empty_store: Store) -> None:
    history = History(empty_store.apply)
    workshop = empty_store.add(AddWorkshop(name="W"))
    for text in ("A", "B"):
        history.record(empty_store.apply(AddAufgabe(workshop=workshop, text=text)))
    assert _texts(empty_store) == ["A", "B"]
    assert history.undo() and _texts(empty_store) == ["A"]
    assert history.undo() and _texts(empty_store) == []
    assert not history.undo()
    assert history.redo() and _texts(empty_store) == ["A"]
    assert history.redo() and _texts(empty_store) == ["A", "B"]
    assert not history.redo()


def test_new_change_clears_redo(empty_store: Store) -> None:
    history = History(empty_store.apply)
    workshop = empty_store.add(AddWorkshop(name="W"))
    history.record(empty_store.apply(AddAufgabe(workshop=workshop, text="A")))
    history.undo()
    assert history.can_redo
    history.record(empty_store.apply(AddAufgabe(workshop=workshop, text="B")))
    assert not history.can_redo


def test_failed_undo_keeps_the_step(empty_store: Store) -> None:
    history = History(empty_store.apply)
    workshop = empty_store.add(AddWorkshop(name="W"))
    aufgabe = empty_store.add(AddAufgabe(workshop=workshop, text="A"))
    history.record(empty_store.apply(EditAufgabe(id=aufgabe, text="B")))
    empty_store.apply(DeleteAufgabe(id=aufgabe))  # another user deleted it
    with pytest.raises(NotFoundError):
        history.undo()
    assert history.can_undo and not history.can_redo


def test_a_chain_of_own_changes_is_undone_but_not_past_someone_elses(tmp_path) -> None:
    """Two edits of mine are both undone; with another's edit between them, mine stops there."""
    import os

    from faktor4_tui.demo import demo_data
    from faktor4_tui.session import Session
    from faktor4_tui.store import Store
    from faktor4_tui.store.ops import EditEntry

    os.environ.setdefault("FAKTOR4_STATE_DIR", str(tmp_path / "state"))
    store = Store.create(tmp_path / "f.json", demo_data())
    mine, theirs = Session(store), Store(store.path)
    entry = mine.document.workshops[0].aufgaben[0].entries("loesungen")[0]

    def found(document):
        place = document.find_entry(entry.id)
        assert place is not None
        return place[1].entries("loesungen")[0]

    def text() -> str:
        return found(Store(store.path).load()).text

    def edit(new: str) -> None:
        mine.poll()
        mine.apply(EditEntry(id=entry.id, text=new, seen=found(mine.document).version))

    edit("eins")
    edit("zwei")
    mine.undo()
    mine.undo()
    assert text() == entry.text
    edit("drei")
    theirs.apply(EditEntry(id=entry.id, text="von nebenan"))
    edit("vier")
    mine.undo()
    assert text() == "von nebenan"
    mine.undo()  # would take back "drei" over their text: refused
    assert text() == "von nebenan"
