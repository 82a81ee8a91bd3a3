"""CSV and JSON exports: parsed back, umlauts intact, formulas neutralised, JSON round trip."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from faktor4_tui.demo import demo_data
from faktor4_tui.export.csvfile import guard, render_csv
from faktor4_tui.export.jsondata import FORMAT, VERSION, ExportFormatError, document_from_json, render_json
from faktor4_tui.model import SECTIONS
from faktor4_tui.store import Store
from faktor4_tui.store.build import to_document
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop
from tests.export import gen
from tests.export.helpers import run, write_document

DEMO = to_document(demo_data())


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def test_demo_csv_one_row_per_entry_and_per_empty_aufgabe(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    out = tmp_path / "demo.csv"
    assert run(capsys, "export", str(source), "--format", "csv", "-o", str(out))[0] == 0
    raw = out.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")
    rows = parse(raw.decode("utf-8"))
    # The first seven columns stay where programs expect them; votes and origins came later, at the end.
    first = ["Workshop", "Aktion", "Aufgabe", "Aufgabe (Text)", "Abschnitt", "Bezeichnung", "Text"]
    assert rows[0] == [*first, "Stimmen", "Herkunft", "Herkunft (Aufgabe)"]
    assert all(len(row) == 10 for row in rows)
    entries = sum(len(a.entries(s)) for a in DEMO.workshops[0].aufgaben for s in SECTIONS)
    empty = [a for a in DEMO.workshops[0].aufgaben if not a.has_entries]
    assert len(empty) == 7 and len(rows) == 1 + entries + len(empty) == 1 + 7 + 4 + 1 + 2 + 4 + 6 + 7
    assert [r[2:4] for r in rows if r[4] == ""] == [
        [str(n), a.text] for n, a in enumerate(DEMO.workshops[0].aufgaben, 1) if not a.has_entries
    ]
    assert all(r[7] == "0" for r in rows[1:])
    assert rows[1][:3] == ["Kommunen", "1", "1"] and rows[1][5] == "Lösung 1"
    loesung8 = next(r for r in rows if r[5] == "Lösung 8")
    assert loesung8[1:3] == ["2", "8"] and loesung8[6] == "Aktiv werden in diversen Gruppierungen etc."
    note = next(r for r in rows if r[5] == "Notiz")
    assert note[4] == "Akteure" and note[6].startswith("Es ist sehr hilfreich")
    assert any("Bürgermeister*in" == r[6] for r in rows)


@pytest.mark.parametrize("text", ["=SUMME(A1:A9)", "+49 621", "-minus", "@cmd", "\tTab", "\rCR"])
def test_formula_injection_guarded(text: str) -> None:
    assert guard(text) == "'" + text
    assert guard("Lösung =x") == "Lösung =x"


def test_csv_guards_every_cell(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "f.json")
    workshop = store.add(AddWorkshop(name="=Workshop"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="@Aufgabe"))
    for text in ('=HYPERLINK("http://x")', "+1", "-1", "@SUM(1)", 'normal, mit "Anführung"'):
        store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text=text))
    rows = parse(render_csv(store.load()))[1:]
    assert [r[6] for r in rows] == ['\'=HYPERLINK("http://x")', "'+1", "'-1", "'@SUM(1)", 'normal, mit "Anführung"']
    assert all(r[0] == "'=Workshop" and r[3] == "'@Aufgabe" for r in rows)
    for row in rows:
        assert not any(cell.startswith(("=", "+", "-", "@", "\t", "\r")) for cell in row)


def test_csv_of_generated_data_parses_back(tmp_path: Path) -> None:
    document = Store(write_document(tmp_path / "g.json", gen.document(5))).load()
    rows = parse(render_csv(document))
    texts = sorted(e.text for w in document.workshops for a in w.aufgaben for s in SECTIONS for e in a.entries(s))
    assert sorted(r[6] for r in rows[1:] if r[4]) == sorted(guard(text) for text in texts)
    aufgaben = [a for w in document.workshops for a in w.aufgaben]
    assert len([r for r in rows[1:] if not r[4]]) == len([a for a in aufgaben if not a.has_entries])
    shown = {(r[3], r[7]) for r in rows[1:]}
    assert shown == {(guard(a.text), str(a.votes)) for a in aufgaben}  # every Aufgabe, with its votes


def test_json_round_trip_and_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    for seed in range(10):
        document = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed))).load()
        data = json.loads(render_json(document))
        assert data["format"] == FORMAT and data["version"] == VERSION
        assert document_from_json(data) == document
    source = tmp_path / "demo.json"
    store = Store.create(source, demo_data())
    code, out, _ = run(capsys, "export", str(source), "--format", "json")
    assert code == 0
    data = json.loads(out)
    kommunen = data["workshops"][0]
    assert kommunen["name"] == "Kommunen" and len(kommunen["aufgaben"]) == 9
    aufgabe8 = kommunen["aufgaben"][7]
    assert aufgabe8["number"] == 8 and aufgabe8["aktion"] == 2
    assert [e["label"] for e in aufgabe8["sections"]["loesungen"]] == ["Lösung 8", "Lösung 9", "Lösung 10", "Lösung 11"]
    assert "\\u" not in out and "Bürgermeister*in" in out
    assert document_from_json(data) == store.load()


def test_json_reader_refuses_other_data() -> None:
    with pytest.raises(ExportFormatError):
        document_from_json({"faktor4": {}})
    with pytest.raises(ExportFormatError, match="version"):
        document_from_json({"format": FORMAT, "version": 99})


def test_workshop_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "two.json"
    store = Store.create(source, demo_data())
    other = store.add(AddWorkshop(name="Industrie"))
    store.apply(AddAufgabe(workshop=other, text="Abwärme nutzen"))
    code, out, _ = run(capsys, "export", str(source), "--format", "json", "--workshop", "industrie")
    assert code == 0 and [w["name"] for w in json.loads(out)["workshops"]] == ["Industrie"]
    code, out, _ = run(capsys, "export", str(source), "--format", "md", "--workshop", "Kommunen")
    assert "## Workshop: Kommunen" in out and "## Workshop: Industrie" not in out
