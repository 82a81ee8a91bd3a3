"""Rooms (issue 13): unique workshop names in the store, moving rooms, the last room per user, ``add --create``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.session.rooms import rooms_path
from faktor4_tui.store import NameTakenError, Store
from faktor4_tui.store.ops import AddWorkshop, EnsureWorkshop, MoveWorkshop, RenameWorkshop
from tests.reliability.helpers import faktor4


def _names(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [row["name"] for row in sorted(data["workshops"].values(), key=lambda row: row["pos"])]


def _forum(tmp_path: Path) -> Store:
    store = Store.create(tmp_path / "forum.json", demo_data())  # Kommunen
    for name in ("Industrie", "Energiewirtschaft"):
        store.add(AddWorkshop(name))
    return store


LOOK_ALIKES = [
    "Kommunen",
    "kommunen",
    "  KOMMUNEN  ",
    "Kommunen\x1b[0m",
    "Kommu\u200bnen",
    "Kommu\u00adnen",
    "Ｋｏｍｍｕｎｅｎ",
]


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_a_taken_name_is_refused_by_the_store(tmp_path: Path, name: str) -> None:
    store = _forum(tmp_path)
    before = store.path.read_bytes()
    with pytest.raises(NameTakenError, match="„Kommunen“"):
        store.add(AddWorkshop(name))
    industrie = store.load().workshop_named("Industrie")
    assert industrie is not None
    with pytest.raises(NameTakenError):
        store.apply(RenameWorkshop(industrie.id, name))
    assert store.path.read_bytes() == before
    store.apply(EnsureWorkshop(name))  # find-or-add finds it
    assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft"]


def test_a_room_may_change_the_case_of_its_own_name(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    industrie = store.load().workshop_named("Industrie")
    assert industrie is not None
    inverse = store.apply(RenameWorkshop(industrie.id, "INDUSTRIE"))
    assert _names(store.path) == ["Kommunen", "INDUSTRIE", "Energiewirtschaft"]
    store.apply(inverse)
    assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft"]


def test_move_workshop_and_its_inverse(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    energie = store.load().workshop_named("Energiewirtschaft")
    assert energie is not None
    first = store.apply(MoveWorkshop(energie.id, 1))
    second = store.apply(MoveWorkshop(energie.id, 0))
    assert _names(store.path) == ["Energiewirtschaft", "Kommunen", "Industrie"]
    store.apply(RenameWorkshop(energie.id, "Energie", seen=energie.version))  # a move makes no rename stale
    store.apply(second)
    store.apply(first)  # two moves, two undos: back where it was
    assert _names(store.path) == ["Kommunen", "Industrie", "Energie"]


def test_the_last_room_is_remembered_per_user_and_file_outside_the_file(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    other = Store.create(tmp_path / "other.json", demo_data())
    session = Session(store, remember=True)
    assert session.workshop is not None and session.workshop.name == "Kommunen"
    energie = store.load().workshop_named("Energiewirtschaft")
    assert energie is not None
    before = store.path.read_bytes()
    session.use_workshop(energie.id)
    assert store.path.read_bytes() == before  # never in the shared file
    assert rooms_path().is_file() and rooms_path().stat().st_mode & 0o777 == 0o600
    again = Session(Store(store.path), remember=True)
    assert again.workshop is not None and again.workshop.name == "Energiewirtschaft"
    assert Session(other, remember=True).workshop.name == "Kommunen"  # another file: its own room
    assert Session(Store(store.path)).workshop.name == "Kommunen"  # without remember: the first room
    named = Session(Store(store.path), workshop="industrie", remember=True)  # --workshop wins, and is remembered
    assert named.workshop is not None and named.workshop.name == "Industrie"
    assert Session(Store(store.path), remember=True).workshop.name == "Industrie"


def test_a_broken_rooms_file_is_no_memory(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    rooms_path().parent.mkdir(parents=True, exist_ok=True)
    rooms_path().write_text("{not json", encoding="utf-8")
    session = Session(store, remember=True)
    assert session.workshop is not None and session.workshop.name == "Kommunen"
    industrie = store.load().workshop_named("Industrie")
    assert industrie is not None
    session.use_workshop(industrie.id)  # written anew
    assert Session(Store(store.path), remember=True).workshop.name == "Industrie"


def test_add_refuses_an_unknown_room_unless_create(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    before = store.path.read_bytes()
    typo = faktor4("add", str(store.path), "--workshop", "Industire", "Abwärme nutzen")
    stderr = typo.stderr.decode()
    assert typo.returncode == 2 and stderr.count("\n") == 1
    assert stderr == (
        f"faktor4: {store.path} hat keinen Workshop „Industire“ "
        "(Workshops: Kommunen, Industrie, Energiewirtschaft). Mit --create wird er angelegt.\n"
    )
    entry = faktor4("add", str(store.path), "--workshop", "Nirgends", "--aufgabe", "1", "--section", "akteure", "x")
    assert entry.returncode == 2 and "Kommunen, Industrie, Energiewirtschaft" in entry.stderr.decode()
    english = faktor4("--lang", "en", "add", str(store.path), "--workshop", "Industire", "x")
    assert english.returncode == 2
    assert "has no workshop “Industire” (workshops: Kommunen" in english.stderr.decode()
    assert store.path.read_bytes() == before
    assert faktor4("add", str(store.path), "--workshop", "industrie", "Abwärme nutzen").returncode == 0
    created = faktor4("add", str(store.path), "--workshop", "Bildungseinrichtungen", "--create", "Schulen")
    assert created.returncode == 0, created.stderr
    again = faktor4("add", str(store.path), "--workshop", "bildungseinrichtungen ", "--create", "Kitas")
    assert again.returncode == 0, again.stderr
    assert _names(store.path) == ["Kommunen", "Industrie", "Energiewirtschaft", "Bildungseinrichtungen"]
    document = Store(store.path).load()
    assert [a.text for a in document.workshops[1].aufgaben] == ["Abwärme nutzen"]
    assert [a.text for a in document.workshops[3].aufgaben] == ["Schulen", "Kitas"]


def test_the_app_refuses_an_unknown_workshop_naming_the_rooms(tmp_path: Path) -> None:
    store = _forum(tmp_path)
    before = store.path.read_bytes()
    result = faktor4(str(store.path), "--workshop", "Energie")
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert stderr == (
        f"faktor4: {store.path} hat keinen Workshop „Energie“ (Workshops: Kommunen, Industrie, Energiewirtschaft).\n"
    )
    assert store.path.read_bytes() == before
    missing = tmp_path / "neu.json"
    result = faktor4(str(missing), "--workshop", "Kommunen")
    assert result.returncode == 2 and "(Workshops: noch keine)" in result.stderr.decode()
    assert not missing.exists()  # nothing is created for a room that cannot be there
