"""The Maßnahmenblatt in the JSON export, through import/merge -o and merge --into (real processes)."""

from __future__ import annotations

import json
from pathlib import Path

from faktor4_tui.demo import demo_data
from faktor4_tui.export.jsondata import document_from_json, export_object
from faktor4_tui.importer import document_to_data
from faktor4_tui.store import Store
from faktor4_tui.store.ops import SetAusgangswert, SetMassnahme
from tests.reliability.helpers import faktor4

SHEET = {
    "verantwortlich": "Klimaschutzmanagement",
    "beginn": "2022",
    "dauer": "3 Jahre",
    "kosten": "40.000 €",
    "finanzierung": "Kommunalrichtlinie",
    "thg": 120.5,
    "indikator": "Zahl der Beteiligten",
    "status": "begonnen",
}


def filled(path: Path) -> Store:
    store = Store.create(path, demo_data())
    first = store.load().workshops[0].plan[0].id
    for name, value in SHEET.items():
        store.apply(SetMassnahme(first, name, value, seen=0))
    store.apply(SetAusgangswert(48000.0, seen=0))
    return store


def sheets(path: Path) -> list[dict]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        {k: v for k, v in row["massnahme"].items() if k != "versions"}
        for row in data["aufgaben"].values()
        if row.get("massnahme")
    ]


def test_the_json_export_holds_the_sheet_and_reads_it_back(tmp_path: Path) -> None:
    document = filled(tmp_path / "a.json").load()
    exported = export_object(document)
    aufgaben = exported["workshops"][0]["aufgaben"]
    assert [a["massnahme"] for a in aufgaben if a["massnahme"]] == [SHEET]
    assert all(a["massnahme"] is None for a in aufgaben if a["aktion"] != 1)
    assert exported["event"]["ausgangswert"] == 48000
    back = document_from_json(json.loads(json.dumps(exported)))
    assert back.workshops[0].plan[0].massnahme == document.workshops[0].plan[0].massnahme
    assert back.event.ausgangswert == 48000.0
    data = document_to_data(back)
    assert [row["massnahme"] for row in data["aufgaben"].values() if "massnahme" in row] == [SHEET]


def test_merge_output_keeps_every_field(tmp_path: Path) -> None:
    filled(tmp_path / "raum.json")
    other = Store.create(tmp_path / "raum2.json", demo_data())
    first = other.load().workshops[0].plan[0].id
    other.apply(SetMassnahme(first, "verantwortlich", "Jemand anderes", seen=0))
    other.apply(SetMassnahme(first, "status", "umgesetzt", seen=0))
    result = faktor4("merge", str(tmp_path / "raum.json"), str(tmp_path / "raum2.json"), "-o", str(tmp_path / "f.json"))
    assert result.returncode == 0, result.stderr.decode()
    assert SHEET in sheets(tmp_path / "f.json")
    assert json.loads((tmp_path / "f.json").read_text(encoding="utf-8"))["event"]["1"]["ausgangswert"] == 48000


def test_merge_into_the_forum_keeps_every_field_and_fills_only_empty_ones(tmp_path: Path) -> None:
    filled(tmp_path / "raum.json")
    forum = Store.create(tmp_path / "forum.json")
    result = faktor4("merge", str(tmp_path / "raum.json"), "--into", str(forum.path))
    assert result.returncode == 0, result.stderr.decode()
    assert sheets(forum.path) == [SHEET]
    assert forum.load().event.ausgangswert == 48000.0  # the forum had none
    aktion = forum.load().workshops[0].plan[0]
    forum.apply(SetMassnahme(aktion.id, "status", "umgesetzt", seen=aktion.massnahme.version("status")))
    room = Store(tmp_path / "raum.json")
    room_aktion = room.load().workshops[0].plan[0]
    room.apply(SetMassnahme(room_aktion.id, "kosten", "", seen=1))
    room.apply(SetMassnahme(room_aktion.id, "kosten", "50.000 €", seen=2))
    result = faktor4("merge", str(tmp_path / "raum.json"), "--into", str(forum.path))
    assert result.returncode == 0, result.stderr.decode()
    assert sheets(forum.path) == [{**SHEET, "status": "umgesetzt"}]  # the forum's fields stay
