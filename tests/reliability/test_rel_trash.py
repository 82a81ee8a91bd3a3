"""The Papierkorb across processes: what one process deletes, ``faktor4 trash``/``restore`` in another bring back
whole; an app deleting while another process restores shows it again; old files keep opening."""

from __future__ import annotations

import asyncio
import json
import os
import pwd
import re
from pathlib import Path
from typing import Any

from faktor4_tui.demo import demo_data
from faktor4_tui.session import Session
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, DeleteAufgabe, DeleteEntry, DeleteWorkshop
from tests.reliability.helpers import Child, check_file, faktor4
from tests.reliability.stats import count

CONTENT = ("event", "workshops", "aufgaben", "entries")
LINE = re.compile(r"^(\d+)  (\d\d\.\d\d\.\d{4} \d\d:\d\d)  (.+?)  +„(.+?)“ +(.+)$")


def content(path: Path) -> dict[str, Any]:
    data = check_file(path)
    return {table: data[table] for table in CONTENT}


def listed(path: Path) -> list[tuple[str, ...]]:
    """``faktor4 trash FILE`` in a real process, parsed: (number, when, what, text start, where)."""
    result = faktor4("trash", str(path))
    assert result.returncode == 0, result.stderr
    lines = result.stdout.decode().splitlines()
    parsed = [LINE.match(line) for line in lines]
    assert all(parsed), lines
    return [match.groups() for match in parsed if match]


def sentence(result: Any, path: Path) -> str:
    """The one sentence a refused command printed (exit 2, naming the file)."""
    err = result.stderr.decode()
    assert result.returncode == 2, (result.returncode, err)
    assert err.startswith("faktor4: ") and err.count("\n") == 1 and str(path) in err, err
    assert "Traceback" not in err
    return err


def _delete_each_kind(path: Path) -> dict[str, str]:
    """In another process: an entry, an Aufgabe with entries, a workshop with its Aufgaben; their texts."""
    store = Store(path)
    workshop = store.load().workshops[0]
    entry = workshop.aufgaben[0].entries("akteure")[1]
    store.apply(DeleteEntry(entry.id))
    store.apply(DeleteAufgabe(workshop.aufgaben[7].id))
    room = store.load().workshop_named("Industrie")
    assert room is not None
    store.apply(DeleteWorkshop(room.id))
    return {"entry": entry.text, "aufgabe": workshop.aufgaben[7].text}


def _user() -> str:
    return pwd.getpwuid(os.geteuid()).pw_name


def test_each_kind_comes_back_whole_through_the_cli(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    room = store.add(AddWorkshop(name="Industrie"))
    aufgabe = store.add(AddAufgabe(workshop=room, text="Abwärme nutzen"))
    store.add(AddEntry(aufgabe=aufgabe, section="akteure", text="Stadtwerke"))
    original = content(path)
    texts = Child(_delete_each_kind, path).result()
    assert json.loads(path.read_bytes())["workshops"].keys() == {str(w.id) for w in store.load().workshops}
    lines = listed(path)
    assert [line[0] for line in lines] == ["1", "2", "3"]
    assert lines[0][2:] == ("Workshop (1 Aufgabe, 1 Eintrag)", "Industrie", "Workshops · gelöscht von " + _user())
    assert lines[1][2] == "Aufgabe (10 Einträge)" and texts["aufgabe"].startswith(lines[1][3].rstrip("…"))
    assert lines[1][4].startswith("Kommunen · war Aufgabe 8")
    assert lines[2][2] == "Eintrag" and texts["entry"].startswith(lines[2][3].rstrip("…"))
    assert lines[2][4].startswith("Kommunen · Aufgabe 1 · Akteure")
    for number, expected in (("2", "Aufgabe"), ("2", "Eintrag"), ("1", "Workshop")):
        done = faktor4("restore", str(path), number)
        assert done.returncode == 0, done.stderr
        assert done.stdout.decode().startswith(f"Wiederhergestellt: {expected}")
        count("trash_round_trips")
    assert content(path) == original
    assert check_file(path)["trash"] == {}
    assert faktor4("trash", str(path)).stdout.decode() == f"{path}: der Papierkorb ist leer.\n"


def test_restore_refuses_with_one_sentence_and_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    original = content(path)
    empty = sentence(faktor4("restore", str(path), "1"), path)
    assert "der Papierkorb ist leer" in empty
    workshop = store.load().workshops[0]
    store.apply(DeleteEntry(workshop.aufgaben[0].entries("loesungen")[0].id))
    store.apply(DeleteAufgabe(workshop.aufgaben[0].id))
    before = path.read_bytes()
    for bad in ("0", "3", "99"):
        refused = sentence(faktor4("restore", str(path), bad), path)
        assert f"keine Nummer {bad} (Nummern 1 bis 2)" in refused
    for bad in ("zwei", "1.5"):
        assert faktor4("restore", str(path), bad).returncode == 2
    parent_first = sentence(faktor4("restore", str(path), "2"), path)
    assert "die selbst im Papierkorb liegt: erst Nummer 1 wiederherstellen." in parent_first
    english = faktor4("--lang", "en", "restore", str(path), "2")
    assert "which is in the trash itself: restore number 1 first." in sentence(english, path)
    count("bad_inputs", 8)
    assert path.read_bytes() == before
    assert faktor4("restore", str(path), "1").returncode == 0  # the Aufgabe, then its entry
    assert faktor4("restore", str(path), "1").returncode == 0
    assert content(path) == original
    count("trash_round_trips", 2)


async def test_app_deletes_another_process_restores_the_app_shows_it_again(tmp_path: Path) -> None:
    from faktor4_tui.ui.app import Faktor4App
    from tests.reliability.tui import SIZE, check_app_matches_file, settle

    path = tmp_path / "forum.json"
    Store.create(path, demo_data())
    original = content(path)
    eighth = Store(path).load().workshops[0].aufgaben[7]
    app = Faktor4App(Session(Store(path)))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("end", "up", "d", "d")  # Aufgabe 8 and its entries: the second press confirms
        await settle(pilot)
        assert eighth.text not in [a.text for a in app.session.workshop.aufgaben]
        lines = await asyncio.to_thread(listed, path)  # process B, while A runs
        assert len(lines) == 1 and lines[0][2] == "Aufgabe (10 Einträge)"
        done = await asyncio.to_thread(faktor4, "restore", str(path), "1")
        assert done.returncode == 0, done.stderr
        for _ in range(100):  # A follows the file (it polls every 0.1 s)
            await pilot.pause(0.05)
            if eighth.id in [a.id for a in app.session.workshop.aufgaben]:
                break
        workshop = app.session.workshop
        assert [a.id for a in workshop.aufgaben].index(eighth.id) == 7, "back at its place"
        assert workshop.aufgabe(eighth.id).aktion == 2, "and back in the Aktionsplan"
        await settle(pilot)
        check_app_matches_file(app, path)
        await pilot.press("u")  # A's undo of its delete: B restored it already, so nothing to take out
        await settle(pilot)
        messages = [str(n.message) for n in app._notifications]
        assert "Nicht rückgängig gemacht: Das liegt nicht mehr im Papierkorb" in messages[-1]
        assert app.session.status.kind == "saved", "a refused undo is a notice, not an error in the header"
        assert content(path) == original
    count("undo_refused")
    count("trash_round_trips")


def _schema1(path: Path) -> bytes:
    data = demo_data()
    data["faktor4"]["schema"] = 1
    del data["trash"]
    raw = json.dumps(data, ensure_ascii=False, indent=2).encode()
    path.write_bytes(raw)
    return raw


def test_a_schema_1_file_keeps_opening_and_is_backed_up_before_its_first_delete(tmp_path: Path) -> None:
    path = tmp_path / "alt.json"
    raw = _schema1(path)
    listing = faktor4("trash", str(path))
    assert listing.returncode == 0 and "leer" in listing.stdout.decode()
    assert Store(path).load().workshops[0].name == "Kommunen"
    assert path.read_bytes() == raw and not (tmp_path / "alt.json.bak").exists(), "reading changes nothing"
    store = Store(path)
    store.apply(DeleteAufgabe(store.load().workshops[0].aufgaben[0].id))
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    data = check_file(path)
    assert data["faktor4"]["schema"] == 2 and len(data["trash"]) == 1
    assert faktor4("restore", str(path), "1").returncode == 0
    old = json.loads(raw)
    assert {table: check_file(path)[table] for table in CONTENT} == {table: old[table] for table in CONTENT}
    assert (tmp_path / "alt.json.bak").read_bytes() == raw
    count("trash_round_trips")


def test_a_crafted_trash_row_is_refused_by_trash_and_restore(tmp_path: Path) -> None:
    path = tmp_path / "forum.json"
    store = Store.create(path, demo_data())
    store.apply(DeleteAufgabe(store.load().workshops[0].aufgaben[1].id))
    data = json.loads(path.read_bytes())
    item = next(iter(data["trash"].values()))
    item["aufgaben"][str(item["row"])]["workshop"] = "Kommunen"
    path.write_text(json.dumps(data, ensure_ascii=False))
    before = path.read_bytes()
    for argv in (["trash", str(path)], ["restore", str(path), "1"]):
        refused = sentence(faktor4(*argv), path)
        assert "trash/" in refused and "„workshop“" in refused
    count("bad_inputs", 2)
    assert path.read_bytes() == before
