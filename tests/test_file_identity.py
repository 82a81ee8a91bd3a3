"""Each file has an identity (``file_id``): a different file put in place is noticed by the Store,
which then never reads it as its own nor writes into it; the same file (a later state, a backup) is followed."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Noticed, Session
from faktor4_tui.store import InvalidFileError, ReplacedError, Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop, EditAufgabe, RenameWorkshop, SetEvent
from faktor4_tui.store.schema import FILE_ID, HEADER, same_file
from tests.reliability.helpers import check_file


def header(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))[HEADER]


def without_id(path: Path) -> bytes:
    """Strip the file's identity, as a file written before identities existed."""
    data = json.loads(path.read_text(encoding="utf-8"))
    del data[HEADER][FILE_ID]
    raw = json.dumps(data, ensure_ascii=False).encode()
    path.write_bytes(raw)
    return raw


def put_in_place(source: Path, target: Path) -> None:
    """Replace ``target`` by a copy of ``source`` the way a restore or ``cp`` + ``mv`` does."""
    spare = target.with_name(target.name + ".incoming")
    shutil.copyfile(source, spare)
    os.replace(spare, target)


def test_a_new_file_has_an_identity_of_its_own(tmp_path: Path) -> None:
    first = Store.create(tmp_path / "a.json", demo_data())
    second = Store.create(tmp_path / "b.json", demo_data())
    assert first.file_id and second.file_id and first.file_id != second.file_id
    assert header(first.path)[FILE_ID] == first.file_id
    first.add(AddWorkshop(name="Industrie"))
    assert header(first.path)[FILE_ID] == first.file_id, "a save changed the identity"


def test_an_older_file_gets_its_identity_on_the_first_save_not_on_reading(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    Store.create(path, demo_data())
    raw = without_id(path)
    reader, writer = Store(path), Store(path)
    assert reader.load() and reader.file_id is None
    assert path.read_bytes() == raw, "reading wrote into the file"
    writer.add(AddWorkshop(name="Industrie"))
    assert writer.file_id and header(path)[FILE_ID] == writer.file_id
    assert [w.name for w in reader.load().workshops] == ["Kommunen", "Industrie"]  # followed: the same file
    assert reader.file_id == writer.file_id


@pytest.mark.parametrize("value", [7, "", None, ["x"]])
def test_a_bad_identity_is_refused_and_never_overwritten(tmp_path: Path, value: object) -> None:
    path = tmp_path / "kaputt.json"
    Store.create(path)
    data = json.loads(path.read_text(encoding="utf-8"))
    data[HEADER][FILE_ID] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(InvalidFileError, match="file_id"):
        Store(path)
    assert path.read_bytes() == before


def test_another_file_put_in_place_is_refused_and_never_written(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    workshop = store.load().workshops[0].id
    original = tmp_path / "original.json"
    shutil.copyfile(path, original)
    other = Store.create(tmp_path / "other.json", demo_data())  # the same content, another file
    other.apply(SetEvent(title="Ein anderes Forum"))
    put_in_place(other.path, path)
    foreign = path.read_bytes()
    with pytest.raises(ReplacedError, match="durch eine andere Datei ersetzt") as raised:
        store.load()
    assert str(path) in str(raised.value)
    with pytest.raises(ReplacedError):
        store.add(AddAufgabe(workshop=workshop, text="Für das alte Forum"))
    assert path.read_bytes() == foreign, "a change went into the other file"
    with pytest.raises(ReplacedError):  # and again, while it stays there
        store.load()
    put_in_place(original, path)  # the file comes back: it is followed again
    assert store.load().event.title == demo_data()["event"]["1"]["title"]
    store.add(AddAufgabe(workshop=workshop, text="Wieder da"))
    assert "Wieder da" in [row["text"] for row in check_file(path)["aufgaben"].values()]


def test_follow_takes_the_new_file_as_its_own(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    other = Store.create(tmp_path / "other.json")
    other.add(AddWorkshop(name="Industrie"))
    put_in_place(other.path, path)
    with pytest.raises(ReplacedError):
        store.load()
    assert [w.name for w in store.follow().workshops] == ["Industrie"]
    assert store.file_id == other.file_id
    store.add(AddWorkshop(name="Energie"))
    assert [row["name"] for row in check_file(path)["workshops"].values()] == ["Industrie", "Energie"]


def test_a_backup_of_the_same_file_is_followed(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    backup = tmp_path / "backup.json"
    shutil.copyfile(path, backup)
    workshop = store.load().workshops[0].id
    store.add(AddAufgabe(workshop=workshop, text="Nach der Sicherung"))
    put_in_place(backup, path)
    assert "Nach der Sicherung" not in [a.text for a in store.load().workshops[0].aufgaben]


def test_older_files_without_identity_are_told_apart_by_their_rows_and_event(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    store = Store.create(path, demo_data())
    without_id(path)
    store = Store(path)
    other = Store.create(tmp_path / "other.json")  # the same ids (2, 3 …), other names, other event
    other.apply(SetEvent(title="Ein anderes Forum"))
    for name in ("Industrie", "Energie"):
        workshop = other.add(AddWorkshop(name=name))
        for n in range(12):
            other.add(AddAufgabe(workshop=workshop, text=f"{name} {n}"))
    without_id(other.path)
    put_in_place(other.path, path)
    with pytest.raises(ReplacedError):
        store.load()


def test_a_backup_from_before_the_identity_is_followed(tmp_path: Path) -> None:
    """FILE.bak of an older file (or any copy from before its first save) has no identity: still the same file."""
    path = tmp_path / "alt.json"
    Store.create(path, demo_data())
    raw = without_id(path)
    store = Store(path)
    workshop = store.load().workshops[0].id
    store.add(AddAufgabe(workshop=workshop, text="Neu"))
    assert store.file_id is not None
    (tmp_path / "restore.json").write_bytes(raw)
    put_in_place(tmp_path / "restore.json", path)
    assert "Neu" not in [a.text for a in store.load().workshops[0].aufgaben]


def _data(store: Store) -> dict:
    return json.loads(store.path.read_text(encoding="utf-8"))


def test_same_file_rules(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "a.json", demo_data())
    old = _data(store)
    workshop = store.load().workshops[0]
    store.apply(RenameWorkshop(id=workshop.id, name="Umbenannt"))
    store.apply(EditAufgabe(id=workshop.aufgaben[0].id, text="Anders"))
    later = _data(store)
    assert same_file(old, later)
    del old[HEADER][FILE_ID]
    assert same_file(old, later), "a row kept its text: the same file"
    later[HEADER][FILE_ID] = "another"
    assert same_file(old, later)
    renamed = {**later, "aufgaben": {}, "entries": {}, "workshops": {}}
    assert same_file(old, renamed), "the event is the same"
    renamed["event"] = {"1": {**later["event"]["1"], "title": "Anders"}}
    assert not same_file(old, renamed)
    empty = {**old, "aufgaben": {}, "entries": {}, "workshops": {}}
    assert same_file(empty, renamed), "a file with no rows yet is followed"


# --- the session: says so, writes nothing, keeps showing its file until the user decides ----------


def _listening(session: Session) -> list:
    """Every Changed event and every notice the session publishes, in order."""
    heard: list = []
    session.subscribe(lambda event: heard.append(event.notice if isinstance(event, Noticed) else event))
    return heard


def test_session_notices_a_replaced_file_and_refuses_changes(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    session = Session(Store.create(path, demo_data()))
    heard = _listening(session)
    before = session.document
    workshop = session.workshop
    other = Store.create(tmp_path / "other.json")
    other.add(AddWorkshop(name="Industrie"))
    put_in_place(other.path, path)
    foreign = path.read_bytes()
    # Enter before any poll saw it: refused under the lock, nothing written into the other file.
    assert session.apply_new(AddAufgabe(workshop=workshop.id, text="Für Kommunen")) is None
    assert path.read_bytes() == foreign
    assert session.replaced and "durch eine andere Datei ersetzt" in session.status.state
    assert session.status.kind == "error" and str(path) in session.status.state
    notices = [event for event in heard if hasattr(event, "text")]
    assert len(notices) == 1 and "Strg+P" in notices[0].text and notices[0].severity == "error"
    # It keeps showing its own file: the same workshop, never the other file's first one.
    for _ in range(3):
        session.poll()
    assert session.document is before and session.workshop == workshop
    assert len([event for event in heard if hasattr(event, "text")]) == 1, "said more than once"
    assert session.apply(EditAufgabe(id=workshop.aufgaben[0].id, text="x")) is False
    session.undo()
    assert path.read_bytes() == foreign
    assert "nicht gespeichert" in heard[-1].text


def test_session_follows_the_new_file_when_asked(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    session = Session(Store.create(path, demo_data()))
    session.apply_new(AddAufgabe(workshop=session.workshop_id, text="Vorher"))
    other = Store.create(tmp_path / "other.json")
    other.add(AddWorkshop(name="Industrie"))
    kommunen = other.add(AddWorkshop(name="Kommunen"))
    put_in_place(other.path, path)
    session.poll()
    assert session.replaced
    assert session.follow_replacement()
    assert not session.replaced and session.status.kind == "saved"
    assert session.workshop_id == kommunen, "the workshop of the same name"
    assert not session.history.can_undo, "undo would change the new file with the old file's inverses"
    assert session.apply_new(AddAufgabe(workshop=kommunen, text="Neu")) is not None
    assert [row["text"] for row in check_file(path)["aufgaben"].values()] == ["Neu"]


def test_session_follows_its_file_when_it_comes_back(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    session = Session(Store.create(path, demo_data()))
    heard = _listening(session)
    original = tmp_path / "original.json"
    shutil.copyfile(path, original)
    put_in_place(Store.create(tmp_path / "other.json").path, path)
    session.poll()
    assert session.replaced
    put_in_place(original, path)
    session.poll()
    assert not session.replaced and session.status.kind == "saved"
    assert any("wieder die bisherige Datei" in getattr(event, "text", "") for event in heard)
    assert session.apply_new(AddAufgabe(workshop=session.workshop_id, text="Wieder")) is not None


def test_a_presenting_session_keeps_its_deck(tmp_path: Path) -> None:
    from faktor4_tui.session import Session
    from faktor4_tui.session.deck_cursor import DeckCursor

    path = tmp_path / "forum.json"
    session = Session(Store.create(path, demo_data()))
    cursor = DeckCursor(session.document)
    cursor.go(5)
    slides = list(cursor.slides)
    put_in_place(Store.create(tmp_path / "other.json").path, path)
    session.poll()
    assert session.replaced
    assert not cursor.update(session.document) and cursor.slides == slides and cursor.index == 5
