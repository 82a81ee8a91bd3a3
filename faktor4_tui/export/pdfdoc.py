"""PDF export: the Dokumentation of the whole file (or one workshop) on A4 (fpdf2, optional extra "pdf").

The slides are the deck's (``handout_slides``: ``build_deck`` unsplit, plus the Aufgaben with
entries outside the plan), so wording and numbers are those of the projector and PowerPoint.
"""

from __future__ import annotations

from faktor4_tui.export.errors import MissingDependency
from faktor4_tui.export.handout import handout_slides
from faktor4_tui.model import Document


def render_pdf(document: Document, workshop_id: int | None = None) -> bytes:
    """The Dokumentation as PDF bytes; raises MissingDependency without fpdf2."""
    try:
        import fpdf  # noqa: F401  (only to learn whether the extra is installed)
    except ImportError:
        raise MissingDependency("fpdf2 is not installed", extra="pdf", package="fpdf2") from None
    from faktor4_tui.export.pdfwriter import write_pdf

    return write_pdf(handout_slides(document, workshop_id))
