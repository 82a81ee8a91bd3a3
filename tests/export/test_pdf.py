"""PDF Dokumentation: A4, every text searchable (read back with pypdf and, where installed, pdftotext)."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from faktor4_tui.demo import EVENT, demo_data
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.export.pdfdoc import render_pdf
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Workshop
from faktor4_tui.store import Store
from faktor4_tui.store.ops import AddEntry
from tests.export import gen
from tests.export.helpers import one_sentence_error, run, seed_items, seed_texts, write_document

A4 = (595.28, 841.89)  # points


def squeeze(text: str) -> str:
    """Text without any whitespace: a line break inside an entry is layout, not content."""
    return re.sub(r"\s+", "", text)


def pdf_texts(data: bytes) -> list[str]:
    """Each page's text as pypdf extracts it (pure Python: runs on a clean CI machine)."""
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def body(page: str, header: str) -> str:
    """A page's text without its running header (event, workshop) and its page number."""
    lines = page.splitlines()[:-1]  # the foot: "Seite n von N"
    if lines and lines[0] == header:
        lines = lines[2:] if len(lines) > 1 and lines[1].startswith("Workshop: ") else lines[1:]
    return "\n".join(lines)


def pdftotext(path: Path) -> str | None:
    """The text poppler's pdftotext extracts, or None where poppler-utils is not installed."""
    if shutil.which("pdftotext") is None:
        return None
    return subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout


def test_demo_pdf_holds_every_seed_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    out = tmp_path / "demo.pdf"
    assert run(capsys, "export", str(source), "--format", "pdf", "-o", str(out)) == (0, "", "")
    data = out.read_bytes()
    reader = PdfReader(io.BytesIO(data))
    pages = pdf_texts(data)
    assert len(pages) >= 3
    for page in reader.pages:  # A4 portrait
        assert (round(float(page.mediabox.width), 1), round(float(page.mediabox.height), 1)) == (595.3, 841.9)
    whole = squeeze("\n".join(pages))
    extracted = [whole]
    poppler = pdftotext(out)
    if poppler is not None:
        extracted.append(squeeze(poppler))
    for text in extracted:
        missing = [item for item in seed_texts() if squeeze(item) not in text]
        assert missing == []
        assert all(sign in text for sign in ("→", "*", "—", "ä", "ß"))
    # Page numbers and the event in every page's header but the title page's.
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {len(pages)}" in page
        if number > 1:
            assert page.startswith("Workshop Aktionsplan Faktor 4 · Herbstforum 2021")
    assert "Workshop: Kommunen" in pages[1]
    # The Aktion's sections with the deck's labels, Aktionsplan as a table.
    assert squeeze("Start Aktion 1: Wenn der Druck groß genug ist → Gestern") in whole
    metadata = reader.metadata
    assert metadata is not None and metadata.title == EVENT.title and metadata.author == EVENT.forum


def test_special_characters_are_text_not_pictures(tmp_path: Path) -> None:
    sample = "CO₂-Bilanz → „Null“ für Bürger*innen: 5 % weniger – ½ × ÄÖÜ äöü ß €"
    workshop = Workshop(1, "Raum „Süd“", (Aufgabe(2, sample, aktion=1, sections={"loesungen": (Entry(3, sample),)}),))
    document = Store(write_document(tmp_path / "s.json", Document(event=Event(title=sample), workshops=(workshop,))))
    data = render_pdf(document.load())
    (tmp_path / "s.pdf").write_bytes(data)
    texts = [squeeze("\n".join(pdf_texts(data)))]
    poppler = pdftotext(tmp_path / "s.pdf")
    if poppler is not None:
        texts.append(squeeze(poppler))
    for text in texts:
        assert squeeze(f"Lösung 1: {sample}") in text
        assert squeeze("Workshop: Raum „Süd“") in text
    assert b"/FontFile2" in data  # the font is embedded (TrueType), not left to the reader


def test_hostile_text_is_literal(tmp_path: Path) -> None:
    store = Store.create(tmp_path / "h.json", demo_data())
    aufgabe = store.load().workshops[0].aufgaben[0].id
    hostile = ["<script>alert(1)</script>", "[bold]fett[/bold] [@click=app.quit]x[/]", "**nicht fett** \\n und %s {0}"]
    for text in hostile:
        store.apply(AddEntry(aufgabe=aufgabe, section="sponsoren", text=text))
    whole = squeeze("\n".join(pdf_texts(render_pdf(store.load()))))
    for text in hostile:
        assert squeeze(text) in whole


def test_every_text_of_generated_files(tmp_path: Path) -> None:
    """Random files (tricky text, notes, votes, Aufgaben outside the plan): every Aufgabe and entry is in."""
    for seed in (1, 2, 3):
        document = Store(write_document(tmp_path / f"g{seed}.json", gen.document(seed, entries=6))).load()
        whole = squeeze("\n".join(pdf_texts(render_pdf(document))))
        # Glyphs DejaVu Sans lacks (CJK; it has 😀) are drawn as "□" each; everything else is text.
        undrawable = re.compile("[\u4e00-\u9fff]")
        for workshop in document.workshops:
            for aufgabe in workshop.aufgaben:
                assert squeeze(undrawable.sub("□", aufgabe.text)) in whole
                for section in SECTIONS:
                    for entry in aufgabe.entries(section):
                        assert squeeze(undrawable.sub("□", entry.text)) in whole


def test_2000_entries_and_a_long_plan_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = gen.big_document(2_000)
    # A plan row too tall for a page: the plan is written as blocks instead, nothing cut.
    long_text = "Sehr lange Akteursliste " * 200  # 4,800 characters, under the 5,000 limit
    first = document.workshops[0]
    planned = first.aufgaben[0]
    sections = {**planned.sections, "akteure": (Entry(id=10**8, text=long_text.strip()),)}
    first = Workshop(
        first.id, first.name, (Aufgabe(planned.id, planned.text, 1, sections=sections), *first.aufgaben[1:])
    )
    document = Document(event=document.event, workshops=(first, *document.workshops[1:]))
    source = write_document(tmp_path / "big.json", document)
    out = tmp_path / "big.pdf"
    assert run(capsys, "export", str(source), "--format", "pdf", "-o", str(out))[0] == 0
    pages = pdf_texts(out.read_bytes())
    assert len(pages) > 20
    whole = squeeze("\n".join(body(page, "Groß · Forum · heute") for page in pages))
    assert squeeze(long_text) in whole
    assert all(f"von {len(pages)}" in page for page in pages)


def test_one_workshop_and_the_appendix(tmp_path: Path) -> None:
    document = gen.document(7, workshops=3, entries=3)
    store = Store(write_document(tmp_path / "w.json", document))
    document = store.load()
    workshop = document.workshops[1]
    slides = handout_slides(document, workshop.id)
    assert {s.workshop for s in slides[1:]} <= {workshop.name}
    aufgaben_shown = {s.key.aufgabe_id for s in slides if s.key.aufgabe_id is not None}
    assert aufgaben_shown >= {a.id for a in workshop.aufgaben if a.has_entries}
    keys = [s.key for s in slides]
    assert len(keys) == len(set(keys))
    render_pdf(document, workshop.id)


def test_pdf_needs_an_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    for extra in ([], ["-o", "-"]):
        code, out, err = run(capsys, "export", str(source), "--format", "pdf", *extra)
        assert code == 2 and out == "" and one_sentence_error(err, "demo.json") and "-o" in err


def test_missing_fpdf2_is_one_german_sentence(tmp_path: Path) -> None:
    source = tmp_path / "demo.json"
    Store.create(source, demo_data())
    script = "import sys; sys.modules['fpdf'] = None\nfrom faktor4_tui.cli import main\nsys.exit(main(sys.argv[1:]))\n"
    result = subprocess.run(
        [sys.executable, "-c", script, "export", str(source), "--format", "pdf", "-o", str(tmp_path / "x.pdf")],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).parents[2],
    )
    assert result.returncode == 2 and one_sentence_error(result.stderr, "x.pdf")
    assert "PDF-Export braucht fpdf2" in result.stderr and "faktor4[pdf]" in result.stderr
    assert not (tmp_path / "x.pdf").exists()


async def test_palette_exports_pdf_and_html_beside_the_data_file(demo_store: Store) -> None:
    from faktor4_tui.session import Session
    from faktor4_tui.ui.app import Faktor4App
    from tests.toolkit.helpers import choose, palette
    from tests.ui.helpers import SIZE

    app = Faktor4App(Session(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        for name in ("PDF", "HTML"):
            hits = await palette(pilot, f"Exportieren als {name}")
            assert hits[0].startswith(f"Exportieren als {name}")
            await choose(pilot)
            await pilot.press("enter")  # the proposed name: the data file's, with the format's suffix
            await pilot.pause()
    pdf = demo_store.path.with_suffix(".pdf").read_bytes()
    assert pdf.startswith(b"%PDF-") and squeeze(seed_items()[-1]) in squeeze("\n".join(pdf_texts(pdf)))
    page = demo_store.path.with_suffix(".html").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "Transparenz und Teilhabe in der gesamten Transformation" in page


def test_a_long_aktionsplan_continues_with_its_column_titles() -> None:
    ids = iter(range(10, 10**6))
    aufgaben = tuple(
        Aufgabe(
            next(ids),
            f"Aufgabe Nummer {i} mit etwas längerem Text",
            aktion=i + 1,
            sections={"akteure": tuple(Entry(next(ids), f"Akteur {j} aus der Verwaltung") for j in range(6))},
        )
        for i in range(30)
    )
    document = Document(event=Event(title="Planprobe"), workshops=(Workshop(1, "Raum", aufgaben),))
    pages = pdf_texts(render_pdf(document))
    plan_pages = [page for page in pages if "Aktion Aufgabe Start Akteure Sponsoren" in re.sub(r"\s+", " ", page)]
    assert len(plan_pages) >= 3  # the column titles on every page the table runs over
    rows = squeeze("\n".join(plan_pages))
    assert all(squeeze(f"{n + 1}: Aufgabe Nummer {n} mit etwas längerem Text") in rows for n in range(30))
