"""PDF and HTML render any slide generically: slide kinds the deck builder adds later show too."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from faktor4_tui.deck import Block, Line, Slide, SlideKey
from faktor4_tui.export.htmldoc import html_page
from faktor4_tui.export.pdfwriter import write_pdf
from tests.export.test_html import Page, assert_self_contained


def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def forum_slides() -> list[Slide]:
    """A forum deck with kinds today's builder does not make: an index, a closing table over rooms."""
    head = {"title": "Forum „Süd“", "forum": "Herbst", "dates": "heute"}
    room = Block(
        question="",
        lines=(Line("Kommunen", label="Workshop 1", kind="item"), Line("Industrie", label="Workshop 2", kind="item")),
    )
    table = (
        ("Workshop", "Aktion", "Aufgabe", "Start", "Akteure", "Sponsoren"),
        ("Kommunen", "1", "1: CO₂ senken", "Gestern → heute", "Bürger*innen", "— noch offen —"),
        ("Industrie", "1", "3: Abwärme", "2026", "Stadtwerke", "Land"),
    )
    return [
        Slide(
            "title", SlideKey(None, None, "title"), blocks=(Block("Ziel", (Line("Ziel eins", kind="text"),)),), **head
        ),
        Slide("workshops", SlideKey(None, None, "workshops"), heading="Workshops", blocks=(room,), **head),
        Slide(
            "problems",
            SlideKey(1, None, "problems"),
            workshop="Kommunen",
            blocks=(Block("Wo sehen Sie …?", (Line("CO₂ senken", label="Aufgabe 1", votes=3),)),),
            **head,
        ),
        Slide(
            "loesungen",
            SlideKey(1, 2, "loesungen"),
            workshop="Kommunen",
            heading="Aktion 1 · Aufgabe 1: CO₂ senken",
            blocks=(Block("Was muss getan werden?", (Line("Dämmen", label="Lösung 1"), Line("Notiz", kind="note"))),),
            **head,
        ),
        Slide(
            "all-plans",
            SlideKey(None, None, "all-plans"),
            heading="Aktionspläne aller Workshops",
            table=table,
            blocks=(Block("Kommunen", (Line("Gestern → heute", label="Start"),)),),
            **head,
        ),
        Slide("future-kind", SlideKey(None, None, "future-kind"), heading="Anhang", warning="Hinweis!", **head),
    ]


def expected() -> list[str]:
    return [
        "Forum „Süd“",
        "Workshops",
        "Workshop 1: Kommunen",
        "Workshop 2: Industrie",
        "Workshop: Kommunen",
        "Aufgabe 1: CO₂ senken",
        "Aktion 1 · Aufgabe 1: CO₂ senken",
        "Lösung 1: Dämmen",
        "Notiz",
        "Aktionspläne aller Workshops",
        "Abwärme",
        "Stadtwerke",
        "Anhang",
        "Hinweis!",
    ]


def test_pdf_renders_new_kinds() -> None:
    data = write_pdf(forum_slides())
    text = squeeze("\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages))
    assert [item for item in expected() if squeeze(item) not in text] == []


def test_html_renders_new_kinds() -> None:
    slides = forum_slides()
    source = html_page(slides)
    assert_self_contained(source)
    text = Page(source).visible()
    assert [item for item in expected() if item not in text] == []
    assert source.count('<section class="slide ') == len(slides)
    assert 'class="slide kind-all-plans"' in source and '<th scope="col">Workshop</th>' in source
    assert f">6 / {len(slides)}</p>" in source
