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
