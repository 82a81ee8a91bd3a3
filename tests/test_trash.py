"""The Papierkorb in the store: deletes keep their rows, restores bring them back whole; checked on real files."""

from __future__ import annotations

import json
import os
import pwd
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from faktor4_tui.deck import build_deck
from faktor4_tui.export import exporter
from faktor4_tui.model.search import searchable
from faktor4_tui.store import InvalidFileError, Store, TrashError
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddWorkshop,
    DeleteAufgabe,
    DeleteEntry,
    DeleteWorkshop,
    RenameWorkshop,
    RestoreFromTrash,
    SetAktion,
)
from tests.reliability.helpers import check_file

CONTENT = ("workshops", "aufgaben", "entries")


def raw(store: Store) -> dict[str, Any]:
    return json.loads(store.path.read_text(encoding="utf-8"))


def item_of(store: Store, kind: str) -> tuple[int, dict[str, Any]]:
    """The one trash item of this kind: (id, row)."""
    [(key, item)] = [(k, v) for k, v in raw(store)["trash"].items() if v["kind"] == kind]
    return int(key), item


def test_each_kind_goes_to_the_trash_and_comes_back_whole(demo_store: Store) -> None:
    original = raw(demo_store)
    workshop = demo_store.load().workshops[0]
    entry = workshop.aufgaben[0].entries("akteure")[1]
    demo_store.apply(DeleteEntry(entry.id))
    demo_store.apply(DeleteAufgabe(workshop.aufgaben[7].id))
    demo_store.apply(DeleteWorkshop(workshop.id))
    data = check_file(demo_store.path)
    assert data["workshops"] == data["aufgaben"] == data["entries"] == {}
    for kind in ("entry", "aufgabe", "workshop"):
        _, item = item_of(demo_store, kind)
        assert datetime.fromisoformat(item["deleted_at"]).utcoffset() is not None
        assert item["user"] == pwd.getpwuid(os.geteuid()).pw_name
    _, entry_item = item_of(demo_store, "entry")
    assert entry_item["row"] == entry.id and entry_item["entries"] == {
        str(entry.id): original["entries"][str(entry.id)]
    }
    _, aufgabe_item = item_of(demo_store, "aufgabe")
    assert aufgabe_item["aufgaben"] == {
        str(workshop.aufgaben[7].id): original["aufgaben"][str(workshop.aufgaben[7].id)]
    }
    assert len(aufgabe_item["entries"]) == 10
    # newest first: the workshop, then the Aufgabe, then the entry (whose Aufgabe went with the workshop)
    trash = demo_store.load().trash
    assert [item.kind for item in trash] == ["workshop", "aufgabe", "entry"]
    assert trash[2].waits_for == trash[0].id and trash[1].waits_for == trash[0].id
    for item in trash:
        demo_store.apply(RestoreFromTrash(item.id))
    restored = check_file(demo_store.path)
    for table in CONTENT:
        assert restored[table] == original[table], table
    assert restored["trash"] == {} and demo_store.load().trash == ()


def test_restore_clamps_positions_and_brings_the_aktion_back(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    first, eighth = workshop.aufgaben[0], workshop.aufgaben[7]
    assert (first.aktion, eighth.aktion) == (1, 2)
    late = first.entries("loesungen")[5]
    demo_store.apply(DeleteEntry(late.id))
    for entry in first.entries("loesungen")[1:5]:
        demo_store.apply(DeleteEntry(entry.id))
    demo_store.apply(DeleteAufgabe(first.id))
    assert [a.id for a in demo_store.load().workshops[0].plan] == [eighth.id]  # Aktion 2 moved up
    [aufgabe_item] = [i for i in demo_store.load().trash if i.kind == "aufgabe"]
    demo_store.apply(RestoreFromTrash(aufgabe_item.id))
    restored = demo_store.load().workshops[0]
    assert restored.aufgaben[0].id == first.id and [a.id for a in restored.plan] == [first.id, eighth.id]
    [late_item] = [i for i in demo_store.load().trash if i.row == late.id]
    demo_store.apply(RestoreFromTrash(late_item.id))  # its old place (6) is past the end now: it goes last
    texts = [e.text for e in demo_store.load().workshops[0].aufgaben[0].entries("loesungen")]
    assert texts[-1] == late.text and len(texts) == 3
    check_file(demo_store.path)


def test_ids_stay_unique_and_are_never_reused(empty_store: Store) -> None:
    workshop = empty_store.add(AddWorkshop(name="K"))
    aufgabe = empty_store.add(AddAufgabe(workshop=workshop, text="A"))
    entry = empty_store.add(AddEntry(aufgabe=aufgabe, section="akteure", text="x"))
    empty_store.apply(DeleteEntry(entry))
    item = empty_store.load().trash[0].id
    assert item > entry
    newer = empty_store.add(AddEntry(aufgabe=aufgabe, section="akteure", text="y"))
    assert newer > item
    empty_store.apply(RestoreFromTrash(item))
    assert [e.id for e in empty_store.load().workshops[0].aufgaben[0].entries("akteure")] == [entry, newer]
    assert raw(empty_store)["faktor4"]["next_id"] == newer + 1
    check_file(empty_store.path)


def test_undo_takes_the_item_out_and_redo_puts_the_same_item_back(demo_store: Store) -> None:
    aufgabe = demo_store.load().workshops[0].aufgaben[7]
    undo = demo_store.apply(DeleteAufgabe(aufgabe.id))
    item_id, item = item_of(demo_store, "aufgabe")
    redo = demo_store.apply(undo)
    assert raw(demo_store)["trash"] == {}
    demo_store.apply(redo)
    assert raw(demo_store)["trash"] == {str(item_id): item}, "the same item: id, time, user, rows"
    back = demo_store.apply(RestoreFromTrash(item_id))
    demo_store.apply(back)  # the inverse of a restore: into the Papierkorb again, as it was
    assert raw(demo_store)["trash"] == {str(item_id): item}


def test_undo_after_someone_else_restored_it_says_so(demo_store: Store) -> None:
    aufgabe = demo_store.load().workshops[0].aufgaben[1]
    undo = demo_store.apply(DeleteAufgabe(aufgabe.id))
    other = Store(demo_store.path)
    other.apply(RestoreFromTrash(other.load().trash[0].id))
    before = demo_store.path.read_bytes()
    with pytest.raises(TrashError, match="nicht mehr im Papierkorb"):
        demo_store.apply(undo)
    assert demo_store.path.read_bytes() == before


def test_a_parent_in_the_trash_is_named_to_be_restored_first(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    aufgabe = workshop.aufgaben[0]
    entry = aufgabe.entries("akteure")[0]
    demo_store.apply(DeleteEntry(entry.id))
    demo_store.apply(DeleteAufgabe(aufgabe.id))
    entry_item = demo_store.load().trash[1]
    before = demo_store.path.read_bytes()
    with pytest.raises(TrashError) as refused:
        demo_store.apply(RestoreFromTrash(entry_item.id))
    assert str(refused.value) == (
        f"„{entry.text}“ gehört zur Aufgabe „{aufgabe.text[:39]}…“, die selbst im Papierkorb liegt: "
        "erst Nummer 1 wiederherstellen."
    )
    assert demo_store.path.read_bytes() == before
    demo_store.apply(DeleteWorkshop(workshop.id))
    aufgabe_item = demo_store.load().trash[1]
    assert aufgabe_item.kind == "aufgabe"
    with pytest.raises(TrashError, match="zum Workshop „Kommunen“, der selbst im Papierkorb liegt: erst Nummer 1"):
        demo_store.apply(RestoreFromTrash(aufgabe_item.id))


def test_a_workshop_whose_name_is_taken_again_is_refused(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(DeleteWorkshop(workshop.id))
    new = demo_store.add(AddWorkshop(name="kommunen"))
    item = demo_store.load().trash[0].id
    with pytest.raises(TrashError, match="Es gibt schon einen Workshop „Kommunen“"):
        demo_store.apply(RestoreFromTrash(item))
    demo_store.apply(RenameWorkshop(new, "Kommunen (neu)"))
    demo_store.apply(RestoreFromTrash(item))
    assert [w.name for w in demo_store.load().workshops] == ["Kommunen", "Kommunen (neu)"]


def test_an_item_that_is_gone_is_refused(demo_store: Store) -> None:
    with pytest.raises(TrashError, match="nicht mehr im Papierkorb"):
        demo_store.apply(RestoreFromTrash(12345))


def test_deck_exports_and_search_never_see_the_trash(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    gone_entry = workshop.aufgaben[0].entries("akteure")[1].text
    gone_aufgabe = workshop.aufgaben[7].text
    kept = "Bleibt sichtbar"
    demo_store.add(AddEntry(aufgabe=workshop.aufgaben[0].id, section="sponsoren", text=kept))
    demo_store.apply(DeleteEntry(workshop.aufgaben[0].entries("akteure")[1].id))
    demo_store.apply(DeleteAufgabe(workshop.aufgaben[7].id))
    other = demo_store.add(AddWorkshop(name="Gelöschter Raum"))
    demo_store.add(AddAufgabe(workshop=other, text="Abwärme nutzen"))
    demo_store.apply(DeleteWorkshop(other))
    document = demo_store.load()
    assert len(document.trash) == 3
    gone = (gone_entry, gone_aufgabe, "Abwärme nutzen", "Gelöschter Raum")
    assert not any(hit.text in gone for hit in searchable(document))
    slides = repr(build_deck(document))
    assert kept in slides
    for fmt in ("md", "csv", "json"):
        output = exporter(fmt)(document, None)
        assert isinstance(output, str) and kept in output, fmt
        for text in gone:
            assert text not in output, (fmt, text)
    for text in gone:
        assert text not in slides


def test_deleting_an_aktion_keeps_the_plan_dense(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(SetAktion(workshop.aufgaben[3].id, 1))
    demo_store.apply(DeleteAufgabe(workshop.aufgaben[0].id))
    plan = demo_store.load().workshops[0].plan
    assert [a.aktion for a in plan] == [1, 2]
    check_file(demo_store.path)


# --- a crafted Papierkorb is refused like any broken file -------------------------------------------


def _demo_with_trash(tmp_path: Path) -> tuple[Path, dict[str, Any]]:
    from faktor4_tui.demo import demo_data

    store = Store.create(tmp_path / "good.json", demo_data())
    workshop = store.load().workshops[0]
    store.apply(DeleteAufgabe(workshop.aufgaben[7].id))
    return store.path, raw(store)


def _item(data: dict[str, Any]) -> dict[str, Any]:
    return next(iter(data["trash"].values()))


def _first_entry(item: dict[str, Any]) -> dict[str, Any]:
    return next(iter(item["entries"].values()))


BROKEN: dict[str, Any] = {
    "not-an-object": (lambda d: d.update(trash=[]), "„trash“ ist kein JSON-Objekt"),
    "unknown-kind": (lambda d: _item(d).update(kind="folie"), "keine bekannte Art"),
    "row-as-text": (lambda d: _item(d).update(row="12"), "„row“"),
    "no-time": (lambda d: _item(d).pop("deleted_at"), "„deleted_at“"),
    "time-without-offset": (lambda d: _item(d).update(deleted_at="2021-10-02T10:42:00"), "„deleted_at“"),
    "time-garbage": (lambda d: _item(d).update(deleted_at="gestern"), "„deleted_at“"),
    "user-as-number": (lambda d: _item(d).update(user=7), "„user“"),
    "entries-as-list": (lambda d: _item(d).update(entries=[]), "„entries“"),
    "entry-without-text": (lambda d: _first_entry(_item(d)).pop("text"), "hat kein gültiges Feld „text“"),
    "entry-unknown-section": (lambda d: _first_entry(_item(d)).update(section="wunsch"), "unbekannten Abschnitt"),
    "entry-of-another-aufgabe": (lambda d: _first_entry(_item(d)).update(aufgabe=1), "nicht genau das"),
    "main-row-missing": (lambda d: _item(d).update(aufgaben={}), "nicht genau das"),
    "id-also-live": (
        lambda d: _item(d)["entries"].update({next(iter(d["entries"])): _first_entry(_item(d))}),
        "schon vergeben",
    ),
    "id-above-counter": (
        lambda d: _item(d)["entries"].update({"99999": _first_entry(_item(d))}),
        "nicht kleiner als der Zähler",
    ),
    "item-id-above-counter": (lambda d: d["trash"].update({"99999": d["trash"].pop(next(iter(d["trash"])))}), "99999"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_a_crafted_trash_row_is_refused_with_a_sentence(tmp_path: Path, name: str) -> None:
    path, data = _demo_with_trash(tmp_path)
    change, phrase = BROKEN[name]
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidFileError) as refused:
        Store(path)
    message = str(refused.value)
    assert str(path) in message and phrase in message, message
    assert message.count("\n") == 0 and message.endswith(".")


def test_a_trash_text_written_by_another_program_is_sanitized_not_refused(tmp_path: Path) -> None:
    path, data = _demo_with_trash(tmp_path)
    _first_entry(_item(data))["text"] = "Wind\x1b[31m kraft\u202e "
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = Store(path)
    item = store.load().trash[0]
    store.apply(RestoreFromTrash(item.id))
    assert any(e.text == "Wind kraft" for e in store.load().workshops[0].aufgaben[7].entries("loesungen"))
