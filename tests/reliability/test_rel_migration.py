"""Older files (schema 0, as a pre-release wrote them) are migrated, with FILE.bak written first."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.store import InvalidFileError, Store
from faktor4_tui.store.ops import AddAufgabe, AddWorkshop
from tests.reliability.helpers import NOBODY, Child, check_file, cli_in_child
from tests.reliability.stats import count


def schema0(path: Path) -> bytes:
    """Write the demo as the pre-release wrote it: header without next_id and revision."""
    data = demo_data()
    data["faktor4"] = {"schema": 0}
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode()
    path.write_bytes(raw)
    return raw


def max_id(data: dict) -> int:
    return max(int(k) for table in ("workshops", "aufgaben", "entries") for k in data[table])


def test_opening_and_reading_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = schema0(path)
    store = Store(path)
    document = store.load()
    assert [w.name for w in document.workshops] == ["Kommunen"]
    assert document == Store.create(tmp_path / "neu.json", demo_data()).load()
    assert path.read_bytes() == raw
    assert not (tmp_path / "alt.json.bak").exists()


def test_first_change_writes_the_backup_then_migrates(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = schema0(path)
    highest = max_id(json.loads(raw))
    store = Store(path)
    workshop = store.load().workshops[0]
    new = store.add(AddAufgabe(workshop=workshop.id, text="Neu"))
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    assert new == highest + 1, "next_id must be computed above every existing id"
    data = check_file(path)
    file_id = data["faktor4"].pop("file_id")  # the file's identity comes with its first save
    assert isinstance(file_id, str) and file_id
    assert data["faktor4"] == {"schema": 2, "revision": 1, "next_id": highest + 2}
    store.add(AddAufgabe(workshop=workshop.id, text="Noch eine"))
    assert check_file(path)["faktor4"]["file_id"] == file_id, "a save changed the file's identity"
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.json", "alt.json.bak", "alt.json.lock"]
    count("operations", 2)


def test_an_existing_backup_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = schema0(path)
    (tmp_path / "alt.json.bak").write_bytes(b"the user's own backup")
    Store(path).add(AddWorkshop(name="Industrie"))
    assert (tmp_path / "alt.json.bak").read_bytes() == b"the user's own backup"
    assert (tmp_path / "alt.json.bak.2").read_bytes() == raw


def test_cli_add_migrates(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = schema0(path)
    code, stderr = cli_in_child(
        ["add", str(path), "--workshop", "Kommunen", "--aufgabe", "1", "--section", "sponsoren", "Land"]
    )
    assert code == 0, stderr
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    assert Store(path).load().workshops[0].aufgaben[0].entries("sponsoren")[0].text == "Land"


def _add_many(path: Path, name: str) -> list[int]:
    store = Store(path, lock_timeout=30)
    workshop = store.load().workshops[0].id
    return [store.add(AddAufgabe(workshop=workshop, text=f"{name}{i}")) for i in range(20)]


def test_two_processes_migrating_at_once_back_up_once(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = schema0(path)
    children = [Child(_add_many, path, name) for name in "ab"]
    ids = [i for child in children for i in child.result()]
    assert len(set(ids)) == 40
    data = check_file(path)
    assert data["faktor4"]["revision"] == 40
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    assert not (tmp_path / "alt.json.bak.2").exists()
    count("operations", 40)


@pytest.mark.skipif(os.geteuid() != 0, reason="dropping to another user needs root")
def test_read_only_old_file_opens_read_only_without_backup(shared_dir: Path) -> None:
    folder = shared_dir
    path = folder / "alt.json"
    raw = schema0(path)
    path.chmod(0o644)

    def open_it() -> tuple[bool, int]:
        store = Store(path)
        return store.read_only, len(store.load().workshops[0].aufgaben)

    child = Child(open_it, uid=NOBODY)
    assert child.result() == (True, 9)
    assert path.read_bytes() == raw
    assert not (folder / "alt.json.bak").exists()


def test_broken_old_file_is_refused_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    data = demo_data()
    data["faktor4"] = {"schema": 0}
    data["entries"] = []
    path.write_text(json.dumps(data))
    with pytest.raises(InvalidFileError, match="entries"):
        Store(path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["alt.json"]
    count("bad_inputs")


def test_a_pre_release_file_counting_ids_per_table_gets_one_id_per_row_and_deletes_stay_readable(
    tmp_path: Path,
) -> None:
    """The pre-release numbered each table from 1: workshop 1, Aufgabe 1 and entry 1 side by side.

    Migrated, every row has an id of its own and what named a renumbered row follows it; deleting
    an Aufgabe and a workshop then leaves a file every read opens (the Papierkorb finds no id twice).
    """
    from faktor4_tui.store.ops import DeleteAufgabe, DeleteWorkshop

    path = tmp_path / "alt.json"
    event = {"title": "T", "forum": "", "dates": "", "goal": [], "agenda": []}
    data = {
        "faktor4": {"schema": 0},
        "event": {"1": event},
        "workshops": {"1": {"name": "Kommunen", "pos": 0}, "2": {"name": "Industrie", "pos": 1}},
        "aufgaben": {"1": {"workshop": 1, "pos": 0, "text": "A1"}, "2": {"workshop": 2, "pos": 0, "text": "A2"}},
        "entries": {
            "1": {"aufgabe": 1, "section": "loesungen", "pos": 0, "text": "E1"},
            "2": {"aufgabe": 2, "section": "akteure", "pos": 0, "text": "E2"},
        },
    }
    path.write_text(json.dumps(data), encoding="utf-8")
    store = Store(path)
    shown = [
        (w.name, [(a.text, [e.text for s in ("loesungen", "akteure") for e in a.entries(s)]) for a in w.aufgaben])
        for w in store.load().workshops
    ]
    assert shown == [("Kommunen", [("A1", ["E1"])]), ("Industrie", [("A2", ["E2"])])]
    document = store.load()
    store.apply(DeleteAufgabe(id=document.workshops[0].aufgaben[0].id))
    store.apply(DeleteWorkshop(id=document.workshops[1].id))
    again = Store(path).load()  # refused before: "die Nummer 1 im Papierkorb-Eintrag … ist schon vergeben"
    assert [w.name for w in again.workshops] == ["Kommunen"] and len(again.trash) == 2
    saved = json.loads(path.read_text(encoding="utf-8"))
    ids = [doc_id for table in ("event", "workshops", "aufgaben", "entries", "trash") for doc_id in saved[table]]
    assert len(ids) == len(set(ids))
