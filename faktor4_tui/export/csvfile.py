"""CSV export: one row per entry, UTF-8 without BOM, a header row, formula injection guarded.

Columns: Workshop, Aktion, Aufgabe (number), Aufgabe (Text), Abschnitt, Bezeichnung
(the slide label, e.g. "Lösung 8", or "Notiz"), Text. Rows follow the deck: Aktionen in
plan order, then the other Aufgaben in list order; sections in template order.
"""

from __future__ import annotations

import csv
import io

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Document, number_workshop
from faktor4_tui.model.numbering import presentation_order

COLUMNS = ("workshop", "aktion", "aufgabe", "aufgabe_text", "section", "label", "text")
# A spreadsheet treats a cell starting with one of these as a formula (or DDE call).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def guard(cell: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_rows(document: Document, workshop_id: int | None = None) -> list[tuple[str, ...]]:
    """The header and one row per entry, unguarded (plain values)."""
    rows: list[tuple[str, ...]] = [tuple(t(f"export.csv.{name}") for name in COLUMNS)]
    for workshop in document.workshops:
        if workshop_id is not None and workshop.id != workshop_id:
            continue
        numbers = number_workshop(workshop)
        for aufgabe in presentation_order(workshop):
            for section in SECTIONS:
                for entry in aufgabe.entries(section):
                    rows.append(
                        (
                            workshop.name,
                            "" if aufgabe.aktion is None else str(aufgabe.aktion),
                            str(numbers.aufgabe[aufgabe.id]),
                            aufgabe.text,
                            t(f"section.{section}.short"),
                            t("note") if entry.note else label(section, numbers.entry[entry.id]),
                            entry.text,
                        )
                    )
    return rows


def render_csv(document: Document, workshop_id: int | None = None) -> str:
    """The CSV text (RFC 4180 line ends, every cell guarded against formula injection)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in csv_rows(document, workshop_id):
        writer.writerow([guard(cell) for cell in row])
    return buffer.getvalue()
