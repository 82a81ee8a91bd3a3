"""CSV export, for programs: RFC 4180, UTF-8 without BOM, a header row, formula injection guarded.

Spreadsheets get the xlsx export (export/xlsxbook.py): a CSV double-clicked is read in the
machine's code page and with its list separator, which no CSV can please everywhere.

Columns: Workshop, Aktion, Aufgabe (number), Aufgabe (Text), Abschnitt, Bezeichnung
(the slide label, e.g. "Lösung 8", or "Notiz"), Text, then (added later, so the first seven
stay where programs expect them) Stimmen (the Aufgabe's votes), Herkunft (the entry's origin in
a merged file) and Herkunft (Aufgabe). One row per entry, and one row with empty Abschnitt,
Bezeichnung and Text for each Aufgabe without entries. Rows follow the deck: Aktionen in plan
order, then the other Aufgaben in list order; sections in template order.
"""

from __future__ import annotations

import csv
import io

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Document, number_workshop
from faktor4_tui.model.numbering import presentation_order

COLUMNS = (
    "workshop",
    "aktion",
    "aufgabe",
    "aufgabe_text",
    "section",
    "label",
    "text",
    "votes",
    "origin",
    "aufgabe_origin",
)
# A spreadsheet treats a cell starting with one of these as a formula (or DDE call).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def guard(cell: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula by prefixing an apostrophe."""
    return "'" + cell if cell.startswith(_FORMULA_START) else cell


def csv_rows(document: Document, workshop_id: int | None = None) -> list[tuple[str, ...]]:
    """The header, one row per entry and one per Aufgabe without entries, unguarded (plain values)."""
    rows: list[tuple[str, ...]] = [tuple(t(f"export.csv.{name}") for name in COLUMNS)]
    for workshop in document.workshops:
        if workshop_id is not None and workshop.id != workshop_id:
            continue
        numbers = number_workshop(workshop)
        for aufgabe in presentation_order(workshop):
            aufgabe_cells = (
                workshop.name,
                "" if aufgabe.aktion is None else str(aufgabe.aktion),
                str(numbers.aufgabe[aufgabe.id]),
                aufgabe.text,
            )
            votes = str(aufgabe.votes)
            if not aufgabe.has_entries:
                rows.append((*aufgabe_cells, "", "", "", votes, "", aufgabe.origin))
                continue
            for section in SECTIONS:
                for entry in aufgabe.entries(section):
                    rows.append(
                        (
                            *aufgabe_cells,
                            t(f"section.{section}.short"),
                            t("note") if entry.note else label(section, numbers.entry[entry.id]),
                            entry.text,
                            votes,
                            entry.origin,
                            aufgabe.origin,
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
