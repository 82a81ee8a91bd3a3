"""Drafts: kept per user and file outside the shared file, atomically, 0600, robust against a broken file."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from faktor4_tui.session import Session
from faktor4_tui.session.drafts import Drafts, DraftSlot, describe, drafts_path, state_dir
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, DeleteAufgabe
from tests.reliability.helpers import NOBODY, Child


def _file(drafts: Drafts) -> dict:
    return json.loads(drafts.path.read_text(encoding="utf-8"))


def _texts(drafts: Drafts) -> dict[tuple, str]:
    return {tuple(item["place"]): item["text"] for item in _file(drafts)["drafts"]}


def test_state_dir_override_and_default(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FAKTOR4_STATE_DIR", str(tmp_path / "st"))
    assert state_dir() == tmp_path / "st"
    assert drafts_path(tmp_path / "a.json").parent == tmp_path / "st" / "drafts"
    monkeypatch.delenv("FAKTOR4_STATE_DIR")
    from platformdirs import user_state_path

    assert state_dir() == user_state_path("faktor4")


def test_one_drafts_file_per_data_file_by_resolved_path(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    data = tmp_path / "ws.json"
    assert drafts_path(data) == drafts_path(tmp_path / "sub" / ".." / "ws.json")
    link = tmp_path / "link.json"
    link.symlink_to(data)
    assert drafts_path(link).name.split("-")[-1] == drafts_path(data).name.split("-")[-1]
    assert drafts_path(tmp_path / "other.json") != drafts_path(data)


def test_keep_save_and_read_back(tmp_path: Path) -> None:
    data = tmp_path / "ws.json"
    drafts = Drafts(data)
    drafts.keep(("entries", 5, "loesungen", "add"), "halb getippt ", where="Aufgabe 1 · Lösungen")
    assert not drafts.path.exists(), "kept in memory until a save"
    assert drafts.save()
    assert _texts(drafts) == {("entries", 5, "loesungen", "add"): "halb getippt "}
    assert _file(drafts)["file"] == str(data.resolve())
    assert stat.S_IMODE(drafts.path.stat().st_mode) == 0o600
    again = Drafts(data)
    draft = again.get(("entries", 5, "loesungen", "add"))
    assert draft is not None and draft.text == "halb getippt " and draft.where == "Aufgabe 1 · Lösungen"
    assert not Path(data).exists(), "the shared file was never touched"


def test_blank_text_or_the_places_own_text_is_no_draft(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    drafts.keep(("entry", 3, "edit"), "Alt", base="Alt")
    drafts.keep(("aufgaben", 1, "add"), "   ")
    assert drafts.all() == [] and not drafts.dirty
    drafts.keep(("entry", 3, "edit"), "Alt und neu", base="Alt")
    drafts.save()
    drafts.keep(("entry", 3, "edit"), "Alt", base="Alt")  # typed back to what it was: nothing to keep
    drafts.save()
    assert _texts(drafts) == {}


def test_text_is_sanitized_on_save(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    drafts.keep(("aufgaben", 1, "add"), "rot\x1b[31m \x1b]52;c;eA==\x07kopiert\u202e")
    drafts.save()
    assert _texts(drafts) == {("aufgaben", 1, "add"): "rot kopiert"}


def test_untrusted_file_content_is_cleaned_and_bad_items_skipped(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    drafts.path.parent.mkdir(parents=True)
    items = [
        {"place": ["aufgaben", 1, "add"], "text": "gut\x1b]0;pwned\x07"},
        {"place": [], "text": "kein Ort"},
        {"place": [True], "text": "bool"},
        {"place": ["x"], "text": 5},
        "keins",
    ]
    drafts.path.write_text(json.dumps({"drafts": items}), encoding="utf-8")
    assert [(d.place, d.text) for d in drafts.all()] == [(("aufgaben", 1, "add"), "gut")]


@pytest.mark.parametrize("content", [b"{broken", b"[1]", b'{"drafts": 3}', b"\xff\xfe", b"1e999999"])
def test_a_broken_drafts_file_is_moved_aside_never_a_crash(tmp_path: Path, content: bytes) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    heard: list[str] = []
    drafts.on_problem = heard.append
    drafts.path.parent.mkdir(parents=True)
    drafts.path.write_bytes(content)
    assert drafts.all() == []
    assert len(heard) == 1 and "beschädigt" in heard[0] and str(drafts.path) in heard[0]
    aside = [p for p in drafts.path.parent.iterdir() if ".broken-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes() == content, "the broken file is kept, not thrown away"
    drafts.keep(("aufgaben", 1, "add"), "neu")
    assert drafts.save()
    assert _texts(drafts) == {("aufgaben", 1, "add"): "neu"}


def test_an_empty_drafts_file_is_no_drafts(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    drafts.path.parent.mkdir(parents=True)
    drafts.path.write_bytes(b"")
    heard: list[str] = []
    drafts.on_problem = heard.append
    assert drafts.all() == [] and heard == []


def test_a_folder_in_place_of_the_drafts_file_is_told_never_a_crash(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    heard: list[str] = []
    drafts.on_problem = heard.append
    drafts.path.mkdir(parents=True)
    drafts.keep(("aufgaben", 1, "add"), "Text")
    assert drafts.save() is False
    assert len(heard) == 1 and str(drafts.path) in heard[0]
    assert drafts.path.is_dir()


def _unreadable_then_save(folder: str) -> tuple[bool, list[str]]:
    os.environ["FAKTOR4_STATE_DIR"] = folder
    drafts = Drafts(Path(folder) / "ws.json")
    heard: list[str] = []
    drafts.on_problem = heard.append
    drafts.keep(("aufgaben", 1, "add"), "mein Text")
    return drafts.save(), heard


def test_an_unreadable_drafts_file_is_told_and_never_overwritten(shared_dir: Path) -> None:
    """As a user who may not read the file (root runs it as nobody: root may read anything)."""
    drafts = Drafts(shared_dir / "ws.json", folder=shared_dir / "drafts")
    drafts.keep(("aufgaben", 1, "add"), "fremd")
    drafts.save()
    (shared_dir / "drafts").chmod(0o777)
    drafts.path.chmod(0o000)
    saved, heard = Child(_unreadable_then_save, str(shared_dir), uid=NOBODY if os.geteuid() == 0 else None).result()
    assert saved is False and len(heard) == 1 and "gelesen" in heard[0]
    drafts.path.chmod(0o600)
    assert _texts(drafts) == {("aufgaben", 1, "add"): "fremd"}


def test_a_save_that_cannot_write_is_told_once_and_kept_in_memory(tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    drafts = Drafts(tmp_path / "ws.json", folder=blocker / "drafts")
    heard: list[str] = []
    drafts.on_problem = heard.append
    drafts.keep(("aufgaben", 1, "add"), "eins")
    assert drafts.save() is False
    drafts.keep(("aufgaben", 1, "add"), "eins zwei")
    assert drafts.save() is False
    assert len(heard) == 1, heard
    assert drafts.get(("aufgaben", 1, "add")).text == "eins zwei" and drafts.dirty


def test_two_apps_of_one_user_merge_their_drafts(tmp_path: Path) -> None:
    data = tmp_path / "ws.json"
    first, second = Drafts(data), Drafts(data)
    first.keep(("aufgaben", 1, "add"), "von eins")
    second.keep(("entries", 2, "akteure", "add"), "von zwei")
    first.save()
    second.save()
    assert _texts(first) == {("aufgaben", 1, "add"): "von eins", ("entries", 2, "akteure", "add"): "von zwei"}
    first.drop(("aufgaben", 1, "add"))
    first.save()
    assert _texts(first) == {("entries", 2, "akteure", "add"): "von zwei"}


def test_save_after_pause_waits_for_the_pause(tmp_path: Path) -> None:
    now = [100.0]
    drafts = Drafts(tmp_path / "ws.json", clock=lambda: now[0])
    drafts.keep(("aufgaben", 1, "add"), "ti")
    now[0] += 0.2
    assert not drafts.save_after_pause(0.4)
    drafts.keep(("aufgaben", 1, "add"), "tipp")
    now[0] += 0.3
    assert not drafts.save_after_pause(0.4) and not drafts.path.exists()
    now[0] += 0.2
    assert drafts.save_after_pause(0.4)
    assert _texts(drafts) == {("aufgaben", 1, "add"): "tipp"}
    assert not drafts.save_after_pause(0.4), "nothing new: no write"


def test_slot_offers_the_draft_unless_the_text_was_saved_after_all(tmp_path: Path) -> None:
    drafts = Drafts(tmp_path / "ws.json")
    drafts.keep(("entry", 9, "edit"), "Neu", base="Alt")
    assert DraftSlot(drafts, ("entry", 9, "edit"), "Alt").text == "Neu"
    assert DraftSlot(drafts, ("entry", 9, "edit"), "Neu").text == ""  # saved, killed before the draft went
    assert drafts.get(("entry", 9, "edit")) is None


def test_describe_names_places_and_knows_when_they_are_gone(empty_store: Store) -> None:
    workshop = empty_store.add(AddWorkshop(name="Kommunen"))
    aufgabe = empty_store.add(AddAufgabe(workshop=workshop, text="Radwege"))
    entry = empty_store.add(AddEntry(aufgabe=aufgabe, section="akteure", text="Stadtrat"))
    document = empty_store.load()
    assert describe(("aufgaben", workshop, "add"), document) == "Workshop „Kommunen“ (neue Aufgabe)"
    assert describe(("entries", aufgabe, "loesungen", "add"), document) == "Aufgabe 1 · Lösungen (neue Zeile)"
    assert describe(("entry", entry, "edit"), document) == "Akteur 1 in Aufgabe 1"
    assert describe(("aufgabe", aufgabe, "edit"), document) == "Aufgabe 1 im Workshop „Kommunen“"
    assert describe(("event", "title"), document) == "Veranstaltung · Titel"
    assert describe(("lines", "goal", "add"), document) == "Veranstaltung · Ziel des Workshops (neue Zeile)"
    assert describe(("lines", "goal", 0, "edit"), document) is None
    assert describe(("entries", aufgabe, "nonsense", "add"), document) is None
    assert describe(("who", "knows"), document) is None
    empty_store.apply(DeleteAufgabe(aufgabe))
    document = empty_store.load()
    assert describe(("entries", aufgabe, "loesungen", "add"), document) is None
    assert describe(("entry", entry, "edit"), document) is None


def test_session_tells_where_a_draft_went_when_its_place_is_deleted_elsewhere(empty_store: Store) -> None:
    workshop = empty_store.add(AddWorkshop(name="Kommunen"))
    aufgabe = empty_store.add(AddAufgabe(workshop=workshop, text="Radwege"))
    session = Session(Store(empty_store.path))
    heard: list[str] = []
    session.subscribe(lambda event: heard.append(event.notice.text) if hasattr(event, "notice") else None)
    slot = session.draft_slot(("entries", aufgabe, "loesungen", "add"))
    slot.keep("Fahrradstraßen in der Innen")
    Store(empty_store.path).apply(DeleteAufgabe(aufgabe))
    assert session.poll()
    assert len(heard) == 1 and "Fahrradstraßen in der Innen" in heard[0] and str(session.drafts.path) in heard[0]
    assert "Aufgabe 1 · Lösungen" in heard[0]
    assert _texts(session.drafts) == {("entries", aufgabe, "loesungen", "add"): "Fahrradstraßen in der Innen"}
    session.poll()
    assert len(heard) == 1, "told once"
    later = Session(Store(empty_store.path))
    heard_later: list[str] = []
    later.subscribe(lambda event: heard_later.append(event.notice.text) if hasattr(event, "notice") else None)
    later.announce_drafts()
    assert heard_later == [], "told already: kept in the file, not said at every start"
    assert _texts(later.drafts) == {("entries", aufgabe, "loesungen", "add"): "Fahrradstraßen in der Innen"}
