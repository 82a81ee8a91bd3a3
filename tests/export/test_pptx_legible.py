"""The PowerPoint as the back row sees it: 16:9, 24 pt body, nothing off a slide or twice, notes, properties."""

from __future__ import annotations

import io
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pptx import Presentation

from faktor4_tui.deck import build_deck
from faktor4_tui.demo import demo_data
from faktor4_tui.export.pptxdeck import PPTX_FIT, pptx_slides, render_pptx
from faktor4_tui.model import Aufgabe, Document, Entry, Event, Workshop
from faktor4_tui.store import Store
from tests.export import gen
from tests.export.helpers import run, write_document
from tests.export.pptxcheck import check_pptx, notes_text, slide_text

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"


def _export(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path, *extra: str) -> bytes:
    out = tmp_path / "out.pptx"
    assert run(capsys, *extra, "export", str(source), "--format", "pptx", "-o", str(out))[0] == 0
    return out.read_bytes()


def test_demo_properties_and_language(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    document = Store.create(source, demo_data()).load()
    prs = check_pptx(_export(tmp_path, capsys, source))
    properties = prs.core_properties
    assert properties.title == document.event.title and properties.author == document.event.forum
    assert properties.language == "de-DE" and properties.revision == 1
    assert abs(properties.created - datetime.now().replace(microsecond=0)) < timedelta(days=1)
    assert properties.created.year >= 2025
    xml = prs.part._element.xml + prs.slide_master._element.xml
    assert 'type="screen4x3"' not in xml and 'lang="en-US"' not in xml
    for layout in prs.slide_layouts:  # the layouts are 16:9 too: a slide added later is centred
        for shape in layout.placeholders:
            assert shape.left + shape.width <= prs.slide_width
    for layout in list(prs.slide_layouts)[:2]:  # Title Slide, Title and Content
        title = layout.placeholders[0]
        assert abs((title.left + title.width / 2) - prs.slide_width / 2) < prs.slide_width * 0.01
    # The plan is a table here (each part holds the rows of its own Aktionen only).
    tables = [shape for slide in prs.slides for shape in slide.shapes if shape.has_table]
    assert [len(table.table.rows) for table in tables] == [2, 2]


def test_an_english_export_is_tagged_english(tmp_path: Path, capsys: pytest.CaptureFixture[str], english: None) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    data = _export(tmp_path, capsys, source, "--lang", "en")
    prs = check_pptx(data, lang="en-US")
    with zipfile.ZipFile(io.BytesIO(data)) as package:
        assert not [name for name in package.namelist() if b"de-DE" in package.read(name)]
    assert "Where do you see" in slide_text(prs.slides[3])


def test_2000_entries(tmp_path: Path) -> None:
    document = Store(write_document(tmp_path / "big.json", gen.big_document(2_000))).load()
    prs = check_pptx(render_pptx(document))  # no duplicate, nothing outside, sizes, fits with the font
    assert len(prs.slides) == len(pptx_slides(document))
    every = "\n".join(slide_text(slide) for slide in prs.slides)
    for workshop in document.workshops:
        for aufgabe in workshop.aufgaben:
            for entry in aufgabe.entries("loesungen"):
                assert entry.text in every


def test_random_files(tmp_path: Path) -> None:
    for seed in range(6):
        document = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed, entries=9))).load()
        check_pptx(render_pptx(document))


LONG_ENTRY = " ".join(f"Lösungswort{i:04d}" for i in range(400))[:5000]
LONG_AUFGABE = " ".join(f"Aufgabenteil{i:04d}" for i in range(400))[:5000]
START = ("Sobald der Gemeinderat zugestimmt hat und die Fördermittel bewilligt sind " * 9)[:600].strip()


def _long_document() -> Document:
    entries = iter(range(1000, 2000))
    plan = tuple(
        Aufgabe(
            10 + n,
            f"Aufgabe im Plan {n}",
            aktion=n + 1,
            sections={"start": (Entry(next(entries), START),), "akteure": (Entry(next(entries), "Stadtwerke"),)},
        )
        for n in range(5)
    )
    huge = Aufgabe(
        30,
        LONG_AUFGABE,
        aktion=6,
        sections={"loesungen": (Entry(next(entries), LONG_ENTRY), Entry(next(entries), "kurz"))},
    )
    outside = Aufgabe(31, "Außerhalb des Plans", sections={"loesungen": (Entry(next(entries), LONG_ENTRY[::-1]),)})
    event = Event(title="Forum " + "sehr langer Veranstaltungstitel " * 8, forum="Herbstforum", dates="heute")
    return Document(event=event, workshops=(Workshop(2, "Raum", (*plan, huge, outside)), Workshop(3, "Leer", ())))


def test_long_texts_continue_with_their_whole_text_in_the_notes(tmp_path: Path) -> None:
    document = Store(write_document(tmp_path / "long.json", _long_document())).load()
    slides = pptx_slides(document)
    prs = check_pptx(render_pptx(document))
    assert len(prs.slides) == len(slides)
    # The 5,000-character entry runs over several slides; each of them has it whole in its notes.
    ids = {line.entry_id for s in slides for b in s.blocks for line in b.lines if line.text.startswith(LONG_ENTRY[:40])}
    holding = [i for i, s in enumerate(slides) for b in s.blocks for line in b.lines if line.entry_id in ids]
    holding = sorted(set(holding))
    assert len(holding) > 2
    for index in holding:
        assert "Lösung 1: " + LONG_ENTRY in notes_text(prs.slides[index])
    # The Aufgabe of 5,000 characters is shortened with "…" in headings; the notes say it whole.
    shortened = [i for i, s in enumerate(slides) if s.heading.endswith("…") and "Aufgabenteil0000" in s.heading]
    assert shortened and all(LONG_AUFGABE in notes_text(prs.slides[i]) for i in shortened)
    # The event line is shortened to one row on every slide; the notes hold it whole.
    assert "…" in slide_text(prs.slides[1]) and document.event.title in notes_text(prs.slides[1])
    assert "…" in slide_text(prs.slides[0]) and document.event.title in notes_text(prs.slides[0])  # the cover
    # The plan (a 600-character Start, a 5,000-character Aufgabe) is shown as blocks, not a table.
    plan = [i for i, s in enumerate(slides) if s.kind in ("plan", "forum-plan")]
    assert len(plan) > 2
    for index in plan:
        assert not any(shape.has_table for shape in prs.slides[index].shapes)
        assert len(slides[index].table) == 1 + len([block for block in slides[index].blocks if block.row])
    with zipfile.ZipFile(io.BytesIO(render_pptx(document))) as package:  # notes and their master too
        assert not [name for name in package.namelist() if b'lang="en-US"' in package.read(name)]
    # The 600-character Start is whole on a plan slide or, where it is cut, in the notes.
    assert any(START in slide_text(slide) or START in notes_text(slide) for slide in prs.slides)


def test_table_parts_hold_their_own_rows(tmp_path: Path) -> None:
    aufgaben = tuple(
        Aufgabe(10 + n, f"Aufgabe {n} mit etwas Text", aktion=n + 1, sections={"start": (Entry(100 + n, "2025"),)})
        for n in range(9)
    )
    document = Store(write_document(tmp_path / "t.json", Document(workshops=(Workshop(2, "W", aufgaben),)))).load()
    slides = pptx_slides(document)
    prs = Presentation(io.BytesIO(render_pptx(document)))
    check_pptx(render_pptx(document))
    plan = [(slide, shown) for slide, shown in zip(slides, prs.slides, strict=True) if slide.kind == "plan"]
    # Rows are shorter than the deck's blocks: the parts are merged while the table fits (24 pt here).
    deck_parts = [slide for slide in build_deck(document, fit=PPTX_FIT) if slide.kind == "plan"]
    assert 1 < len(plan) < len(deck_parts)
    seen = []
    for slide, shown in plan:
        (table,) = [shape.table for shape in shown.shapes if shape.has_table]
        rows = [row.cells[1].text for row in list(table.rows)[1:]]
        assert len(rows) == len(slide.blocks)
        seen += rows
    assert seen == [f"{n + 1}: Aufgabe {n} mit etwas Text" for n in range(9)]
