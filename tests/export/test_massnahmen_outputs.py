"""The Maßnahmenblatt in every output: deck slide, closing slide, Markdown (read back), PDF, HTML, xlsx."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from faktor4_tui.deck import build_deck
from faktor4_tui.deck.slides import Fit
from faktor4_tui.demo import demo_data
from faktor4_tui.export.htmldoc import render_html
from faktor4_tui.export.markdown import render_markdown
from faktor4_tui.export.pdfdoc import render_pdf
from faktor4_tui.export.xlsxbook import render_xlsx
from faktor4_tui.importer import parse_outline
from faktor4_tui.model import Document, Event, Massnahme
from faktor4_tui.store import Store
from faktor4_tui.store.build import to_document
from faktor4_tui.store.schema import validate


def demo() -> Document:
    from pathlib import Path

    return to_document(validate(demo_data(), Path("demo.json")))


SHEET_1 = Massnahme(verantwortlich="Klimaschutzmanagerin", thg=100.0, status="begonnen", kosten="40.000 €")
SHEET_2 = Massnahme(verantwortlich="Stadtwerke", beginn="2022", dauer="3 Jahre", thg=12.5, status="zurueckgestellt")


def filled(document: Document, *sheets: Massnahme, baseline: float | None = None) -> Document:
    workshop = document.workshops[0]
    plan = [a.id for a in workshop.plan]
    aufgaben = tuple(
        replace(a, massnahme=sheets[plan.index(a.id)]) if a.id in plan and plan.index(a.id) < len(sheets) else a
        for a in workshop.aufgaben
    )
    event = replace(document.event, ausgangswert=baseline)
    return replace(document, event=event, workshops=(replace(workshop, aufgaben=aufgaben),))


def test_a_slide_follows_an_aktion_only_when_its_sheet_is_filled() -> None:
    kinds = [s.kind for s in build_deck(demo())]
    assert "massnahme" not in kinds
    deck = build_deck(filled(demo(), SHEET_1))
    kinds = [s.kind for s in deck]
    assert kinds.count("massnahme") == 1
    at = kinds.index("massnahme")
    assert kinds[at - 1] == "support" and kinds[at + 1] == "aktion-problems"  # after Aktion 1's slides
    slide = deck[at]
    assert slide.heading.startswith("Aktion 1 · Aufgabe 1:")
    assert [(line.label, line.text) for line in slide.blocks[0].lines] == [
        ("Verantwortlich", "Klimaschutzmanagerin"),
        ("Kosten", "40.000 €"),
        ("THG-Minderung (t CO₂e/Jahr)", "100"),
        ("Status", "begonnen"),
    ]


def test_the_remembered_room_slides_follow_a_changed_sheet() -> None:
    fit = Fit(80, 20)
    before = build_deck(filled(demo(), SHEET_1), fit=fit)
    after = build_deck(filled(demo(), replace(SHEET_1, status="umgesetzt")), fit=fit)
    shown = [line.text for s in after if s.kind == "massnahme" for b in s.blocks for line in b.lines]
    assert "umgesetzt" in shown and before != after


def test_the_forum_closing_slide_says_the_sum_and_the_faktor4_share() -> None:
    document = filled(demo(), SHEET_1, SHEET_2, baseline=1000.0)
    room = document.workshops[0]
    forum = replace(document, workshops=(room, replace(room, id=999, name="Industrie", aufgaben=())))
    closing = build_deck(forum)[-1]
    assert closing.kind == "forum-plan"
    # (100 + 12,5) ÷ (0,75 × 1000) = 15 %
    assert closing.warning == (
        "THG-Minderung aller Maßnahmen: 112,5 t CO₂e/Jahr, 15,0 % der Faktor-4-Minderung "
        "(750 t = 75 % des Ausgangswerts 1.000 t CO₂e/Jahr)."
    )
    without = replace(forum, workshops=(demo().workshops[0], forum.workshops[1]), event=Event())
    assert build_deck(without)[-1].warning == ""


def test_markdown_holds_the_sheet_and_reads_it_back() -> None:
    document = filled(demo(), SHEET_1, SHEET_2)
    text = render_markdown(document)
    assert "#### Maßnahmenblatt\n\n- Verantwortlich: Stadtwerke\n- Beginn: 2022\n- Dauer: 3 Jahre\n" in text
    back = parse_outline(text)
    plan = back.workshops[0].plan
    assert plan[0].massnahme == SHEET_1 and plan[1].massnahme == SHEET_2


def test_markdown_refuses_a_bad_sheet_line() -> None:
    text = render_markdown(filled(demo(), SHEET_1)).replace(
        "- THG-Minderung (t CO₂e/Jahr): 100", "- THG-Minderung (t CO₂e/Jahr): viel"
    )
    with pytest.raises(Exception, match="keine Zeile eines Maßnahmenblatts"):
        parse_outline(text, "x.md")


def test_pdf_has_one_a4_page_per_massnahme_with_its_steps() -> None:
    data = render_pdf(filled(demo(), SHEET_1, SHEET_2))
    pages = [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]
    sheets = [page for page in pages if "Maßnahmenblatt Aktion" in page]
    assert len(sheets) == 2
    assert "Klimaschutzmanagerin" in sheets[0] and "Schritte (Lösungen)" in sheets[0]
    assert "1. Geeignete Strukturen" in re.sub(r"\s+", " ", sheets[0])
    assert "Stadtwerke" in sheets[1] and "2022, 3 Jahre" in sheets[1] and "zurückgestellt" in sheets[1]
    assert "Akteure" in sheets[1] and "Bürgermeister*in" in sheets[1]


def test_html_has_a_section_per_massnahme() -> None:
    page = render_html(filled(demo(), SHEET_1, SHEET_2))
    assert page.count('class="slide kind-massnahmenblatt"') == 2
    assert "Finanzierung/Förderprogramm" in page and "Schritte (Lösungen)" in page


def test_xlsx_has_the_massnahmen_sheet(tmp_path) -> None:
    book = load_workbook(io.BytesIO(render_xlsx(filled(demo(), SHEET_1, SHEET_2, baseline=1000.0))))
    sheet = book["Maßnahmen"]
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert [(r[0], r[1], r[3], r[8], r[10]) for r in rows] == [
        ("Kommunen", 1, "Klimaschutzmanagerin", 100, "begonnen"),
        ("Kommunen", 2, "Stadtwerke", 12.5, "zurückgestellt"),
    ]
    assert rows[0][11].startswith("1. Geeignete Strukturen")
    event = {row[0]: row[1] for row in book["Veranstaltung"].iter_rows(min_row=2, values_only=True)}
    assert event["THG-Minderung aller Maßnahmen (t CO₂e/Jahr)"] == 112.5
    assert event["Anteil an der Faktor-4-Minderung (75 % des Ausgangswerts)"] == "15,0 %"


def test_cli_exports_of_a_file_filled_from_the_shell(tmp_path) -> None:
    from tests.reliability.helpers import faktor4

    path = Store.create(tmp_path / "demo.json", demo_data()).path
    set_it = faktor4("massnahme", str(path), "--workshop", "Kommunen", "--aktion", "2", "--thg", "12,5")
    assert set_it.returncode == 0
    out = tmp_path / "d.pdf"
    result = faktor4("export", str(path), "--format", "pdf", "-o", str(out))
    assert result.returncode == 0, result.stderr.decode()
    pages = [page.extract_text() for page in PdfReader(str(out)).pages]
    assert sum("Maßnahmenblatt Aktion 2" in page for page in pages) == 1
