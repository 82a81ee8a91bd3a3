"""``faktor4 merge ROOM.json … --into FORUM.json``: rooms into the live file, as one change; every line
keeps its origin, so a second merge updates instead of adding twice, and a line changed on both sides
keeps both (marked)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import Store
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddWorkshop,
    DeleteAufgabe,
    EditAufgabe,
    EditEntry,
    SetEvent,
    ToggleAktion,
)
from faktor4_tui.store.ops.merging import MergeRoom
from tests.export.helpers import one_sentence_error, run


def _data(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def _rows(path: Path, table: str, **where: Any) -> list[dict[str, Any]]:
    rows = [dict(row, id=int(key)) for key, row in _data(path)[table].items()]
    rows = [row for row in rows if all(row.get(name) == value for name, value in where.items())]
    return sorted(rows, key=lambda row: row["pos"])


def _room_id(path: Path, name: str) -> int:
    return next(int(key) for key, row in _data(path)["workshops"].items() if row["name"] == name)


def _texts(path: Path, room: str) -> list[str]:
    return [row["text"] for row in _rows(path, "aufgaben", workshop=_room_id(path, room))]


@pytest.fixture
def forum(tmp_path: Path) -> Path:
    """The live forum file: the demo (Kommunen)."""
    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    return path


@pytest.fixture
def room(tmp_path: Path) -> Path:
    """A laptop's file: Industrie (one Aktion with a Lösung) and two more lines for Kommunen."""
    path = tmp_path / "raum-industrie.json"
    store = Store.create(path)
    store.apply(SetEvent(title="Anderer Titel"))
    industrie = store.add(AddWorkshop(name="Industrie"))
    abwaerme = store.add(AddAufgabe(workshop=industrie, text="Abwärme nutzen"))
    store.add(AddEntry(aufgabe=abwaerme, section="loesungen", text="Wärmenetz planen"))
    store.add(AddAufgabe(workshop=industrie, text="Prozesse elektrifizieren"))
    store.apply(ToggleAktion(abwaerme))
    kommunen = store.add(AddWorkshop(name="kommunen"))
    store.add(AddAufgabe(workshop=kommunen, text="Radwege ausbauen"))
    return path


def _aufgabe_id(path: Path, text: str) -> int:
    return next(row["id"] for row in _rows(path, "aufgaben") if row["text"] == text)


def test_merge_into_adds_rooms_in_one_change(
    forum: Path, room: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    room_before = room.read_bytes()
    revision = _data(forum)["faktor4"]["revision"]
    code, out, err = run(capsys, "merge", str(room), "--into", str(forum))
    assert code == 0, err
    assert "raum-industrie.json → Industrie (neu), Kommunen: 4 neu." in out
    assert room.read_bytes() == room_before
    data = _data(forum)
    assert data["faktor4"]["revision"] == revision + 1  # one change
    assert data["event"]["1"]["title"] == "Workshop Aktionsplan Faktor 4"  # the forum's event stays
    assert "forum.json behält seine Veranstaltungsangaben" in out and "raum-industrie.json" in out
    assert [w["name"] for w in sorted(data["workshops"].values(), key=lambda w: w["pos"])] == ["Kommunen", "Industrie"]
    assert _texts(forum, "Industrie") == ["Abwärme nutzen", "Prozesse elektrifizieren"]
    assert _texts(forum, "Kommunen")[-1] == "Radwege ausbauen" and len(_texts(forum, "Kommunen")) == 10
    industrie = _rows(forum, "aufgaben", workshop=_room_id(forum, "Industrie"))
    assert [row["aktion"] for row in industrie] == [1, None]
    file_id = _data(room)["faktor4"]["file_id"]
    assert all(row["merged"]["file"] == file_id for row in industrie)
    loesung = _rows(forum, "entries", aufgabe=industrie[0]["id"])
    assert [row["text"] for row in loesung] == ["Wärmenetz planen"] and loesung[0]["merged"]["file"] == file_id
    Store(forum).load()  # the file with its origins reads back


def test_merging_again_after_a_fix_updates_instead_of_adding(
    forum: Path, room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "merge", str(room), "--into", str(forum))[0] == 0
    laptop = Store(room)
    laptop.apply(EditAufgabe(_aufgabe_id(room, "Abwärme nutzen"), "Abwärme der Öfen nutzen"))
    entry = next(row["id"] for row in _rows(room, "entries"))
    laptop.apply(EditEntry(entry, "Wärmenetz bauen"))
    laptop.add(AddAufgabe(workshop=_room_id(room, "Industrie"), text="Wasserstoff"))
    code, out, _ = run(capsys, "merge", str(room), "--into", str(forum))
    assert code == 0
    assert "1 neu, 2 geändert" in out
    assert _texts(forum, "Industrie") == ["Abwärme der Öfen nutzen", "Prozesse elektrifizieren", "Wasserstoff"]
    assert [row["text"] for row in _rows(forum, "entries") if "merged" in row] == ["Wärmenetz bauen"]
    before = _data(forum)
    code, out, _ = run(capsys, "merge", str(room), "--into", str(forum))
    assert "nichts Neues" in out
    after = _data(forum)
    assert {k: after[k] for k in ("workshops", "aufgaben", "entries")} == {
        k: before[k] for k in ("workshops", "aufgaben", "entries")
    }


def test_a_line_changed_on_both_sides_keeps_both_marked(
    forum: Path, room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "merge", str(room), "--into", str(forum))[0] == 0
    Store(forum).apply(EditAufgabe(_aufgabe_id(forum, "Abwärme nutzen"), "Abwärme der Industrie nutzen"))
    Store(room).apply(EditAufgabe(_aufgabe_id(room, "Abwärme nutzen"), "Abwärme besser nutzen"))
    code, out, _ = run(capsys, "merge", str(room), "--into", str(forum))
    assert code == 0
    assert "beide Fassungen sind erhalten" in out and "1 doppelt behalten" in out
    rows = _rows(forum, "aufgaben", workshop=_room_id(forum, "Industrie"))
    assert [(row["text"], row.get("conflict", False)) for row in rows[:2]] == [
        ("Abwärme der Industrie nutzen", False),
        ("Abwärme besser nutzen", True),
    ]
    assert rows[0]["aktion"] == 1  # the forum's line keeps its place in the plan
    code, out, _ = run(capsys, "merge", str(room), "--into", str(forum))
    assert "nichts Neues" in out and len(_rows(forum, "aufgaben", workshop=_room_id(forum, "Industrie"))) == 3
    # Only the forum changed a line: a merge leaves it.
    Store(forum).apply(EditAufgabe(_aufgabe_id(forum, "Radwege ausbauen"), "Radwege sicher ausbauen"))
    run(capsys, "merge", str(room), "--into", str(forum))
    assert "Radwege sicher ausbauen" in _texts(forum, "Kommunen") and "Radwege ausbauen" not in _texts(
        forum, "Kommunen"
    )


def test_a_line_deleted_in_the_forum_is_not_added_again(
    forum: Path, room: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run(capsys, "merge", str(room), "--into", str(forum))
    Store(forum).apply(DeleteAufgabe(_aufgabe_id(forum, "Prozesse elektrifizieren")))
    code, out, _ = run(capsys, "merge", str(room), "--into", str(forum))
    assert code == 0 and "1 im Forum gelöscht" in out
    assert _texts(forum, "Industrie") == ["Abwärme nutzen"]


def test_an_empty_forum_takes_the_rooms_event(tmp_path: Path, room: Path, capsys: pytest.CaptureFixture[str]) -> None:
    forum = tmp_path / "leer.json"
    Store.create(forum)
    assert run(capsys, "merge", str(room), "--into", str(forum))[0] == 0
    assert _data(forum)["event"]["1"]["title"] == "Anderer Titel"


def test_merge_into_refusals(forum: Path, room: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = forum.read_bytes()
    code, _, err = run(capsys, "merge", str(forum), "--into", str(forum))
    assert code == 2 and one_sentence_error(err, "forum.json") and "in sich selbst" in err
    copy = tmp_path / "kopie.json"
    copy.write_bytes(before)
    code, _, err = run(capsys, "merge", str(copy), "--into", str(forum))
    assert code == 2 and one_sentence_error(err, "kopie.json") and "Kopie" in err
    export = tmp_path / "export.json"
    assert run(capsys, "export", str(room), "--format", "json", "-o", str(export))[0] == 0
    code, _, err = run(capsys, "merge", str(export), "--into", str(forum))
    assert code == 2 and one_sentence_error(err, "export.json")
    code, _, err = run(capsys, "merge", str(room), str(room), "--into", str(forum))
    assert code == 2 and err.startswith("faktor4: ")
    code, _, err = run(capsys, "merge", str(room), "--into", str(tmp_path / "fehlt.json"))
    assert code == 2 and one_sentence_error(err, "fehlt.json")
    with pytest.raises(SystemExit):
        run(capsys, "merge", str(room), "--into", str(forum), "-o", str(tmp_path / "x.json"))
    assert forum.read_bytes() == before


def test_the_merge_is_one_undoable_change(forum: Path, room: Path) -> None:
    store = Store(forum)
    before = _data(forum)
    laptop = Store(room)
    inverse = store.apply(MergeRoom(str(laptop.file_id), room.name, laptop.load()))
    assert len(_texts(forum, "Kommunen")) == 10
    store.apply(inverse)
    after = _data(forum)
    assert {k: after[k] for k in ("workshops", "aufgaben", "entries")} == {
        k: before[k] for k in ("workshops", "aufgaben", "entries")
    }
    assert sorted(item["kind"] for item in after["trash"].values()) == ["aufgabe", "workshop"]  # restorable


def test_several_rooms_at_once_are_one_change(forum: Path, room: Path, tmp_path: Path, capsys) -> None:
    other = tmp_path / "raum-bildung.json"
    store = Store.create(other)
    store.add(AddAufgabe(workshop=store.add(AddWorkshop(name="Bildungseinrichtungen")), text="Lehrpläne"))
    revision = _data(forum)["faktor4"]["revision"]
    code, out, _ = run(capsys, "merge", str(room), str(other), "--into", str(forum))
    assert code == 0 and "raum-bildung.json → Bildungseinrichtungen (neu): 1 neu." in out
    assert _data(forum)["faktor4"]["revision"] == revision + 1
    rooms = sorted(_data(forum)["workshops"].values(), key=lambda w: w["pos"])
    assert [w["name"] for w in rooms] == ["Kommunen", "Industrie", "Bildungseinrichtungen"]


def test_a_copied_room_file_renamed_adds_its_own_room_and_leaves_the_other_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`cp kommunen.json industrie.json`, renamed and retyped there: its lines once replaced Kommunen's."""
    import shutil

    from faktor4_tui.store.ops import RenameWorkshop

    forum = tmp_path / "forum.json"
    Store.create(forum)
    kommunen = tmp_path / "kommunen.json"
    Store.create(kommunen, demo_data())
    assert run(capsys, "merge", str(kommunen), "--into", str(forum))[0] == 0
    before = _texts(forum, "Kommunen")
    copy = tmp_path / "industrie.json"
    shutil.copy(kommunen, copy)
    laptop = Store(copy)
    document = laptop.load()
    laptop.apply(RenameWorkshop(document.workshops[0].id, "Industrie"))
    for aufgabe in document.workshops[0].aufgaben:
        laptop.apply(EditAufgabe(aufgabe.id, f"Industrie: {aufgabe.text}"))
    code, out, _ = run(capsys, "merge", str(copy), "--into", str(forum))
    assert code == 0 and "geändert" not in out, out
    assert _texts(forum, "Kommunen") == before  # nobody's words swapped away
    assert _texts(forum, "Industrie") == [f"Industrie: {text}" for text in before]


def test_a_big_room_lands_in_order_with_dense_positions(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Rows are added straight into the transaction (TinyDB rewrote the table per row: minutes under
    the lock for a big room); the lists must come out exactly as a row-by-row insert made them."""
    forum = tmp_path / "forum.json"
    Store.create(forum, demo_data())
    room = tmp_path / "room.json"
    laptop = Store.create(room)
    kommunen = laptop.add(AddWorkshop(name="Kommunen"))
    aufgabe = laptop.add(AddAufgabe(workshop=kommunen, text="Viele Zeilen"))
    for n in range(300):
        laptop.add(AddEntry(aufgabe=aufgabe, section="loesungen" if n % 2 else "akteure", text=f"Zeile {n:03d}"))
    assert run(capsys, "merge", str(room), "--into", str(forum))[0] == 0
    here = _aufgabe_id(forum, "Viele Zeilen")
    for section, parity in (("akteure", 0), ("loesungen", 1)):
        rows = _rows(forum, "entries", aufgabe=here, section=section)
        assert [row["text"] for row in rows] == [f"Zeile {n:03d}" for n in range(300) if n % 2 == parity]
        assert [row["pos"] for row in rows] == list(range(150))
    kommunen_here = _rows(forum, "aufgaben", workshop=_room_id(forum, "Kommunen"))
    assert [row["pos"] for row in kommunen_here] == list(range(10))
    assert Store(forum).load().workshop_named("Kommunen") is not None  # the file still loads
