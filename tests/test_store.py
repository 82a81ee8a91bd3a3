"""The store on real files: format, ids, ops and their inverses, refusal of bad files."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import InvalidFileError, ReadOnlyError, Store, StoreError
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddLine,
    AddVotes,
    AddWorkshop,
    DeleteAufgabe,
    DeleteEntry,
    DeleteLine,
    DeleteWorkshop,
    EditAufgabe,
    EditEntry,
    EditLine,
    MoveAufgabe,
    MoveEntry,
    MoveLine,
    RenameWorkshop,
    SetAktion,
    SetEvent,
    SetEventText,
    SetNote,
    SetVotes,
    ToggleAktion,
)
from tests.reliability.helpers import NOBODY, Child


def raw(store: Store) -> dict:
    return json.loads(store.path.read_text(encoding="utf-8"))


def test_file_is_readable_utf8_with_header(demo_store: Store) -> None:
    text = demo_store.path.read_text(encoding="utf-8")
    assert "\\u" not in text
    assert "Bürgermeister*in" in text
    header = raw(demo_store)["faktor4"]
    assert header["schema"] == 2


def test_revision_counts_every_save(empty_store: Store) -> None:
    before = raw(empty_store)["faktor4"]["revision"]
    empty_store.add(AddWorkshop(name="Kommunen"))
    empty_store.apply(SetEvent(title="Workshop"))
    assert raw(empty_store)["faktor4"]["revision"] == before + 2


def content_of(data: dict) -> dict:
    """The tables without the change counters (bookkeeping that undo does not turn back)."""
    tables = {}
    for table in ("event", "workshops", "aufgaben", "entries"):
        tables[table] = {
            row_id: {key: value for key, value in row.items() if key not in ("v", "versions")}
            for row_id, row in data[table].items()
        }
    return tables


def content(store: Store) -> dict:
    return content_of(raw(store))


def test_ids_are_never_reused(empty_store: Store) -> None:
    wid = empty_store.add(AddWorkshop(name="Kommunen"))
    aid = empty_store.add(AddAufgabe(workshop=wid, text="A"))
    first = empty_store.add(AddEntry(aufgabe=aid, section="loesungen", text="x"))
    empty_store.apply(DeleteEntry(id=first))
    second = empty_store.add(AddEntry(aufgabe=aid, section="loesungen", text="y"))
    assert second > first


def test_every_op_is_undone_by_its_inverse(demo_store: Store) -> None:
    original = raw(demo_store)
    document = demo_store.load()
    workshop = document.workshops[0]
    aufgabe = workshop.aufgaben[0]
    entry = aufgabe.entries("akteure")[1]
    changes = [
        EditEntry(id=entry.id, text="neu"),
        MoveEntry(id=entry.id, index=0),
        SetNote(id=entry.id, note=True),
        DeleteEntry(id=entry.id),
        AddEntry(aufgabe=aufgabe.id, section="sponsoren", text="Bund"),
        MoveAufgabe(id=aufgabe.id, index=5),
        EditAufgabe(id=aufgabe.id, text="anders"),
        SetAktion(id=workshop.aufgaben[3].id, aktion=1),
        ToggleAktion(id=aufgabe.id),
        DeleteAufgabe(id=workshop.aufgaben[7].id),
        RenameWorkshop(id=workshop.id, name="Städte"),
        SetEvent(title="Anders", goal=["x"]),
        SetVotes(id=aufgabe.id, votes=3),
        AddVotes(id=aufgabe.id, delta=2),
        SetEventText("forum", "Frühjahrsforum", seen=1),
        AddLine("goal", "noch ein Ziel"),
        EditLine("agenda", 1, "(Falls nicht zu viele) Vorstellungsrunde", "Vorstellungsrunde"),
        DeleteLine("goal", 0, "Diskussion und Planung möglicher Aktionen zur Emissionsminderung durch"),
        MoveLine("agenda", 0, "Impulsstatements der Moderatoren (3 min.)", 3),
        DeleteWorkshop(id=workshop.id),
    ]
    for change in changes:
        before = content(demo_store)
        inverse = demo_store.apply(change)
        assert content(demo_store) != before, type(change).__name__
        demo_store.apply(inverse)
        assert content(demo_store) == before, type(change).__name__
    assert content(demo_store) == content_of(original)


def test_plan_stays_dense(demo_store: Store) -> None:
    workshop = demo_store.load().workshops[0]
    demo_store.apply(ToggleAktion(id=workshop.aufgaben[2].id))
    demo_store.apply(ToggleAktion(id=workshop.aufgaben[0].id))
    plan = demo_store.load().workshops[0].plan
    assert [a.aktion for a in plan] == [1, 2]
    assert [a.id for a in plan] == [workshop.aufgaben[7].id, workshop.aufgaben[2].id]


def test_text_is_sanitized_on_save(empty_store: Store) -> None:
    wid = empty_store.add(AddWorkshop(name="K\x1b]0;evil\x07ommunen"))
    aid = empty_store.add(AddAufgabe(workshop=wid, text="a\x1b[31mb\u202ec\nd\x00e [b]x[/b]"))
    aufgabe = empty_store.load().workshops[0].aufgaben[0]
    assert empty_store.load().workshops[0].name == "Kommunen"
    assert aufgabe.id == aid
    assert aufgabe.text == "abc de [b]x[/b]"


def test_empty_text_is_refused(empty_store: Store) -> None:
    wid = empty_store.add(AddWorkshop(name="K"))
    with pytest.raises(StoreError, match="Aufgabe ist leer"):
        empty_store.add(AddAufgabe(workshop=wid, text="   \x1b[0m "))


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b'{"a": 1,}', b"\xef\xbb\xbf{}", b"\xe4\xf6\xfc", b"[1, 2]", b'{"faktor4": {"schema": 99}}'],
)
def test_invalid_files_are_refused_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(InvalidFileError) as info:
        Store(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == content


def test_create_never_overwrites(tmp_path: Path) -> None:
    path = tmp_path / "x.json"
    path.write_text("keep")
    with pytest.raises(StoreError, match="gibt es schon"):
        Store.create(path)
    assert path.read_text() == "keep"


def _open_and_add(path: str) -> tuple[bool, str]:
    store = Store(path)
    try:
        store.add(AddWorkshop(name="x"))
    except ReadOnlyError as error:
        return store.read_only, str(error)
    return store.read_only, "saved"


def test_read_only_file_opens_read_only(shared_dir: Path) -> None:
    """As a user who may not write the file (root runs it as nobody: root may write anything)."""
    path = shared_dir / "demo.json"
    Store.create(path, demo_data())
    path.chmod(0o444)
    before = path.read_bytes()
    read_only, said = Child(_open_and_add, str(path), uid=NOBODY if os.geteuid() == 0 else None).result()
    assert read_only and str(path) in said and said != "saved"
    assert path.read_bytes() == before


def test_mode_is_kept_and_new_files_not_world_writable(empty_store: Store) -> None:
    assert not stat.S_IMODE(empty_store.path.stat().st_mode) & 0o002
    empty_store.path.chmod(0o640)
    empty_store.add(AddWorkshop(name="K"))
    assert stat.S_IMODE(empty_store.path.stat().st_mode) == 0o640
    assert (empty_store.path.parent / "workshop.json.lock").exists()


def test_another_process_change_is_seen(demo_store: Store) -> None:
    other = Store(demo_store.path)
    assert not demo_store.changed()
    other.add(AddWorkshop(name="Industrie"))
    assert demo_store.changed()
    assert [w.name for w in demo_store.load().workshops] == ["Kommunen", "Industrie"]


def test_votes_are_increments_never_below_zero(demo_store: Store) -> None:
    aufgabe = demo_store.load().workshops[0].aufgaben[2].id
    first, second = Store(demo_store.path), Store(demo_store.path)  # two people, each with a stale view
    first.load(), second.load()
    first.apply(AddVotes(aufgabe, 1))
    second.apply(AddVotes(aufgabe, 1))
    assert raw(demo_store)["aufgaben"][str(aufgabe)]["votes"] == 2
    taken = second.apply(AddVotes(aufgabe, -5))
    assert raw(demo_store)["aufgaben"][str(aufgabe)]["votes"] == 0
    second.apply(taken)  # the undo gives back exactly what was taken
    assert raw(demo_store)["aufgaben"][str(aufgabe)]["votes"] == 2
