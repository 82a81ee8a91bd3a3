"""PDF export: the Dokumentation of the whole file (or one workshop) on A4 (fpdf2, optional extra "pdf").

The slides are the deck's (``handout_slides``: ``build_deck`` unsplit, plus the Aufgaben with
entries outside the plan), so wording and numbers are those of the projector and PowerPoint.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.export.pdfglyphs import MARKER
from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, Document
from faktor4_tui.model.massnahme import TEXT_FIELDS


@dataclass(frozen=True)
class PdfExport:
    """The PDF and how many characters the font cannot draw it shows as ``pdfglyphs.MARKER``."""

    data: bytes
    replaced: int

    def note(self, path: Path) -> str:
        """The sentence that tells how many characters ``path`` shows as the marker ("" for none)."""
        if not self.replaced:
            return ""
        key = "export.pdf.replaced_one" if self.replaced == 1 else "export.pdf.replaced"
        return t(key, path=path, n=self.replaced, marker=MARKER)


def export_pdf(document: Document, workshop_id: int | None = None) -> PdfExport:
    """The Dokumentation and its count of replaced characters; raises MissingDependency without fpdf2."""
    try:
        import fpdf  # noqa: F401  (only to learn whether the extra is installed)
    except ImportError:
        raise MissingDependency("fpdf2 is not installed", extra="pdf", package="fpdf2") from None
    from faktor4_tui.export.pdfwriter import write_pdf_counted

    data, glyphs = write_pdf_counted(handout_slides(document, workshop_id))
    return PdfExport(data, glyphs.count(_texts(document, workshop_id)))


def _texts(document: Document, workshop_id: int | None) -> Iterator[str]:
    """The user's texts the Dokumentation shows: the event, and per workshop its name, Aufgaben,
    entries and Maßnahmenblätter (the PDF composes them into headings, headers and tables)."""
    event = document.event
    yield from (event.title, event.forum, event.dates, *event.goal, *event.agenda)
    for workshop in document.workshops:
        if workshop_id is not None and workshop.id != workshop_id:
            continue
        yield workshop.name
        for aufgabe in workshop.aufgaben:
            yield aufgabe.text
            for section in SECTIONS:
                yield from (entry.text for entry in aufgabe.entries(section))
            for name in TEXT_FIELDS:
                value = aufgabe.massnahme.value(name)
                if isinstance(value, str):
                    yield value


def render_pdf(document: Document, workshop_id: int | None = None) -> bytes:
    """The Dokumentation as PDF bytes; raises MissingDependency without fpdf2."""
    return export_pdf(document, workshop_id).data
