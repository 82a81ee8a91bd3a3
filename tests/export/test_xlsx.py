"""xlsx export opened with openpyxl: every Aufgabe, every entry with its deck label, the event, text stays text."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from faktor4_tui.deck import build_deck
from faktor4_tui.demo import demo_data
from faktor4_tui.export.xlsxbook import _lines, render_xlsx
from faktor4_tui.i18n import set_language
from faktor4_tui.model import SECTIONS, Document
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddAufgabe, AddEntry, AddWorkshop, DeleteEntry
from tests.export import gen
from tests.export.helpers import one_sentence_error, run, seed_items, write_document

ROOT = Path(__file__).parents[2]
AUFGABEN_HEADER = ["Workshop", "Aufgabe", "Aufgabe (Text)", "Stimmen", "Aktion", "Einträge", "Herkunft"]
ENTRIES_HEADER = [
    "Workshop",
    "Aktion",
    "Aufgabe",
    "Aufgabe (Text)",
    "Abschnitt",
    "Frage",
    "Bezeichnung",
    "Text",
    "Herkunft",
]


def export(capsys: pytest.CaptureFixture[str], source: Path, out: Path, *extra: str) -> openpyxl.Workbook:
    code, stdout, err = run(capsys, "export", str(source), "--format", "xlsx", "-o", str(out), *extra)
    assert (code, stdout, err) == (0, "", "")
    return openpyxl.load_workbook(out)


def rows(sheet: Worksheet) -> list[list[object]]:
    return [list(row) for row in sheet.iter_rows(min_row=2, values_only=True)]


def deck_labels(document: Document) -> Counter[tuple[str, str]]:
    """(label, text) of every numbered entry as the deck shows it (labels from the slides, texts whole)."""
    texts = {e.id: e.text for w in document.workshops for a in w.aufgaben for s in SECTIONS for e in a.entries(s)}
    labels: dict[int, str] = {}
    for slide in build_deck(document):
        for block in slide.blocks:
            for line in block.lines:
                if line.entry_id is not None and line.kind == "item":
                    labels.setdefault(line.entry_id, line.label)
    return Counter((labels[entry_id], texts[entry_id]) for entry_id in labels)


def test_demo_workbook(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    document = Store.create(source, demo_data()).load()
    book = export(capsys, source, tmp_path / "demo.xlsx")
    assert book.sheetnames == ["Aufgaben", "Einträge", "Maßnahmen", "Veranstaltung"]

    aufgaben = book["Aufgaben"]
    assert [c.value for c in aufgaben[1]] == AUFGABEN_HEADER
    table = rows(aufgaben)
    workshop = document.workshops[0]
    assert len(table) == len(workshop.aufgaben) == 9  # every Aufgabe, seven of them without entries
    assert [r[1] for r in table] == list(range(1, 10))
    assert [r[2] for r in table] == [a.text for a in workshop.aufgaben]
    assert [r[4] for r in table] == [1, None, None, None, None, None, None, 2, None]
    assert [r[5] for r in table] == [14, 0, 0, 0, 0, 0, 0, 10, 0]
    assert all(r[0] == "Kommunen" and r[3] == 0 for r in table)

    entries = book["Einträge"]
    assert [c.value for c in entries[1]] == ENTRIES_HEADER
    table = rows(entries)
    assert len(table) == 24
    loesung8 = next(r for r in table if r[6] == "Lösung 8")
    assert loesung8[:5] == ["Kommunen", 2, 8, workshop.aufgaben[7].text, "Lösungen"]
    assert loesung8[5] == "Was muss getan werden?" and loesung8[7] == "Aktiv werden in diversen Gruppierungen etc."
    note = next(r for r in table if r[6] == "Notiz")
    assert note[4] == "Akteure" and str(note[7]).startswith("Es ist sehr hilfreich")
    numbered = Counter((r[6], r[7]) for r in table if r[6] != "Notiz")
    assert numbered == deck_labels(document)
    event = rows(book["Veranstaltung"])
    # The seed (the original template) as the workbook says it: "Aufgabe N: …", "Lösung N: …", notes, event lines.
    shown = {f"Aufgabe {r[1]}: {r[2]}" for r in rows(aufgaben)}
    shown |= {str(r[7]) if r[6] == "Notiz" else f"{r[6]}: {r[7]}" for r in table}
    shown |= {str(r[1]) for r in event}
    assert [item for item in seed_items() if item not in shown] == []
    assert event[:3] == [
        ["Titel", "Workshop Aktionsplan Faktor 4"],
        ["Forum", "Herbstforum 2021"],
        ["Termine", "Donnerstag, 30.09.21 bis Samstag, 02.10.21"],
    ]
    assert [r[1] for r in event if r[0] == "Ziel des Workshops"] == list(document.event.goal)
    assert [r[1] for r in event if r[0] == "Ablauf der Workshops"] == list(document.event.agenda)
    assert book.properties.title == "Workshop Aktionsplan Faktor 4" and book.properties.creator == "Herbstforum 2021"


def test_sheets_are_set_up_for_reading(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Header bold and frozen with a filter, texts wrapped, columns fitted, printed on A4 landscape."""
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    book = export(capsys, source, tmp_path / "demo.xlsx")
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, sheet.max_column).column_letter}{sheet.max_row}"
        assert all(cell.font.b for cell in sheet[1])
        assert sheet.page_setup.orientation == "landscape" and sheet.print_title_rows == "$1:$1"
    entries = book["Einträge"]
    widths = {c.value: entries.column_dimensions[c.column_letter].width for c in entries[1]}
    assert widths["Text"] >= 55 and widths["Aufgabe"] < 15 and widths["Bezeichnung"] >= 18
    assert entries["H2"].alignment.wrap_text and entries["H2"].alignment.vertical == "top"
    tall = [entries.row_dimensions[r].height for r in range(2, entries.max_row + 1)]
    assert max(h or 15 for h in tall) > 15  # a row with a long text is as high as its lines


def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.create(tmp_path / "f.json")
    workshop = store.add(AddWorkshop(name="=Raum"))
    aufgabe = store.add(AddAufgabe(workshop=workshop, text="@Aufgabe"))
    tricky = [
        "=1+1",
        '=HYPERLINK("http://example.org","x")',
        "+49 621",
        "-minus",
        "@SUM(1)",
        "http://example.org",
        "42",
    ]
    for text in tricky:
        store.add(AddEntry(aufgabe=aufgabe, section="sponsoren", text=text))
    book = export(capsys, store.path, tmp_path / "f.xlsx")
    sheet = book["Einträge"]
    cells = [sheet.cell(row, 8) for row in range(2, sheet.max_row + 1)]
    assert [c.value for c in cells] == tricky  # no leading "'" as in CSV: the cell is a string already
    assert all(c.data_type == "s" for c in cells) and not any(c.hyperlink for c in cells)
    assert sheet["A2"].value == "=Raum" and sheet["A2"].data_type == "s"
    assert book["Aufgaben"]["C2"].value == "@Aufgabe" and book["Aufgaben"]["C2"].data_type == "s"


def test_trash_stays_out_and_workshop_filter(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = Store.create(tmp_path / "two.json", demo_data())
    first = store.load().workshops[0].aufgaben[0]
    gone = first.entries("loesungen")[0]
    store.apply(DeleteEntry(gone.id))
    other = store.add(AddWorkshop(name="Industrie"))
    store.apply(AddAufgabe(workshop=other, text="Abwärme nutzen"))
    book = export(capsys, store.path, tmp_path / "all.xlsx")
    assert gone.text not in {r[7] for r in rows(book["Einträge"])}
    assert [r[0] for r in rows(book["Aufgaben"])][-1] == "Industrie"
    book = export(capsys, store.path, tmp_path / "one.xlsx", "--workshop", "industrie")
    assert rows(book["Aufgaben"]) == [["Industrie", 1, "Abwärme nutzen", 0, None, 0, None]]
    assert rows(book["Einträge"]) == []


def test_english_names(tmp_path: Path) -> None:
    set_language("en")
    document = Store.create(tmp_path / "demo.json", demo_data()).load()
    out = tmp_path / "en.xlsx"
    out.write_bytes(render_xlsx(document))
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Tasks", "Entries", "Measures (Maßnahmen)", "Event"]
    assert [c.value for c in book["Tasks"][1]][:3] == ["Workshop", "Task", "Task (text)"]
    assert rows(book["Entries"])[0][6] == "Solution 1"


def test_generated_documents_hold_every_text(tmp_path: Path) -> None:
    for seed in range(5):
        document = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed))).load()
        out = tmp_path / f"g{seed}.xlsx"
        out.write_bytes(render_xlsx(document))
        book = openpyxl.load_workbook(out)
        aufgaben = [a for w in document.workshops for a in w.aufgaben]
        assert [r[2] for r in rows(book["Aufgaben"])] == [a.text for a in aufgaben]
        assert [r[3] for r in rows(book["Aufgaben"])] == [a.votes for a in aufgaben]
        entries = sorted(e.text for a in aufgaben for s in SECTIONS for e in a.entries(s))
        assert sorted(str(r[7]) for r in rows(book["Einträge"])) == entries


def test_two_thousand_entries(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = gen.big_document(2000)
    source = write_document(tmp_path / "big.json", document)
    book = export(capsys, source, tmp_path / "big.xlsx")
    total = sum(len(a.entries(s)) for w in document.workshops for a in w.aufgaben for s in SECTIONS)
    assert total >= 2000 and len(rows(book["Einträge"])) == total
    assert len(rows(book["Aufgaben"])) == sum(len(w.aufgaben) for w in document.workshops)
    labels = [r[6] for r in rows(book["Einträge"]) if r[0] == "Workshop 0" and r[4] == "Lösungen"]
    assert labels == [f"Lösung {n}" for n in range(1, len(labels) + 1)]  # counted through the whole room


def test_needs_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    for extra in ([], ["-o", "-"]):
        code, out, err = run(capsys, "export", str(source), "--format", "xlsx", *extra)
        assert code == 2 and out == "" and one_sentence_error(err, "demo.json") and "-o" in err


def test_missing_xlsxwriter_says_what_to_install(tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    script = (
        "import sys; sys.modules['xlsxwriter'] = None\nfrom faktor4_tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, "export", str(source), "--format", "xlsx", "-o", str(tmp_path / "x.xlsx")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert result.returncode == 2 and one_sentence_error(result.stderr, "x.xlsx")
    assert "kann nicht geschrieben werden" in result.stderr and "pip install 'faktor4[xlsx]'" in result.stderr
    assert "XlsxWriter" in result.stderr and not (tmp_path / "x.xlsx").exists()


def test_help_says_csv_is_for_programs(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(capsys, "export", "--help")
    out = capsys.readouterr().out
    assert "xlsx" in out and "für Programme" in out and "Tabellenkalkulationen" in out


def test_origins_of_a_merged_file_in_xlsx_and_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    Store.create(tmp_path / "kommunen.json", demo_data())
    other = Store.create(tmp_path / "industrie.json")
    aufgabe = other.add(AddAufgabe(workshop=other.add(AddWorkshop(name="Industrie")), text="Abwärme nutzen"))
    other.add(AddEntry(aufgabe=aufgabe, section="loesungen", text="Wärmenetz"))
    forum = tmp_path / "forum.json"
    assert run(capsys, "merge", str(tmp_path / "kommunen.json"), str(other.path), "-o", str(forum))[0] == 0
    book = export(capsys, forum, tmp_path / "forum.xlsx")
    assert {r[0]: r[6] for r in rows(book["Aufgaben"])} == {"Kommunen": "kommunen.json", "Industrie": "industrie.json"}
    assert rows(book["Einträge"])[-1] == [
        "Industrie",
        None,
        1,
        "Abwärme nutzen",
        "Lösungen",
        "Was muss getan werden?",
        "Lösung 1",
        "Wärmenetz",
        "industrie.json",
    ]
    code, out, _ = run(capsys, "export", str(forum), "--format", "csv")
    lines = out.splitlines()
    assert (
        code == 0
        and lines[-1] == "Industrie,,1,Abwärme nutzen,Lösungen,Lösung 1,Wärmenetz,0,industrie.json,industrie.json"
    )
    assert lines[2].endswith(",0,kommunen.json,kommunen.json") and lines[-2].endswith(",,,,0,,kommunen.json")


@pytest.mark.parametrize(
    ("text", "per_line", "lines"),
    [
        ("Wer finanziert die Aktion?", 29, 1),
        ("Welche Probleme müssen für Umsetzung gelöst werden?", 29, 2),  # wrapped at the space, not mid-word
        ("a" * 70, 29, 3),  # a word longer than a line is broken
        ("eins\nzwei", 29, 2),
        ("", 29, 1),
    ],
)
def test_row_height_estimate(text: str, per_line: int, lines: int) -> None:
    assert _lines(text, per_line) == lines
