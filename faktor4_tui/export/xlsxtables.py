"""The xlsx export's tables as plain rows: Aufgaben, Einträge, Veranstaltung (no spreadsheet library).

Kept apart from the writer (export/xlsxbook.py) so the content can be read and tested without
XlsxWriter. Every text is the document's own (written later as a string cell, never a formula);
numbers stay numbers so a spreadsheet sorts and filters them as such.

- Aufgaben: every Aufgabe of every room in list order (Aufgabe N), with its votes, its place in
  the Aktionsplan (Aktion K, empty if not planned), how many entries it has and where it came from
  (a merged file's origin) — Aufgaben without any entry too.
- Einträge: one row per entry in the deck's order (Aktionen in plan order, then the other
  Aufgaben; sections in the template's order), labelled as on the slide ("Lösung 8" counts
  through the whole room, notes are "Notiz").
- Veranstaltung: title, forum, dates, then one row per line of the Ziel and of the Ablauf.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Document, Workshop, number_workshop
from faktor4_tui.model.numbering import presentation_order

Cell = str | int | None
Kind = Literal["number", "short", "text"]


@dataclass(frozen=True)
class Column:
    """A column: its heading and its kind (a number, a short text, or a text that wraps)."""

    title: str
    kind: Kind
    width: int  # the widest a column of this kind grows to (characters); texts wrap within it


@dataclass(frozen=True)
class Table:
    """One sheet's worth: its name, columns and rows.

    ``rows()`` makes the rows afresh each call, lazily (a big file is not copied): the writer reads
    them once to fit the columns and once to write them.
    """

    name: str
    columns: tuple[Column, ...]
    rows: Callable[[], Iterator[tuple[Cell, ...]]]


def _rooms(document: Document, workshop_id: int | None) -> tuple[Workshop, ...]:
    return tuple(w for w in document.workshops if workshop_id is None or w.id == workshop_id)


def aufgaben_table(document: Document, workshop_id: int | None = None) -> Table:
    """Every Aufgabe with votes, Aktion (plan position) and number of entries."""
    columns = (
        Column(t("export.xlsx.workshop"), "short", 24),
        Column(t("export.xlsx.aufgabe"), "number", 0),
        Column(t("export.xlsx.aufgabe_text"), "text", 70),
        Column(t("export.xlsx.votes"), "number", 0),
        Column(t("export.xlsx.aktion"), "number", 0),
        Column(t("export.xlsx.entries"), "number", 0),
        Column(t("export.xlsx.origin"), "short", 24),
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for workshop in _rooms(document, workshop_id):
            for number, aufgabe in enumerate(workshop.aufgaben, start=1):
                count = sum(len(aufgabe.entries(section)) for section in SECTIONS)
                yield (workshop.name, number, aufgabe.text, aufgabe.votes, aufgabe.aktion, count, aufgabe.origin)

    return Table(t("export.xlsx.sheet.aufgaben"), columns, rows)


def entries_table(document: Document, workshop_id: int | None = None) -> Table:
    """One row per entry, in the deck's order, labelled as on the slide."""
    columns = (
        Column(t("export.xlsx.workshop"), "short", 24),
        Column(t("export.xlsx.aktion"), "number", 0),
        Column(t("export.xlsx.aufgabe"), "number", 0),
        Column(t("export.xlsx.aufgabe_text"), "text", 40),
        Column(t("export.xlsx.section"), "short", 20),
        Column(t("export.xlsx.question"), "text", 26),
        Column(t("export.xlsx.label"), "short", 22),
        Column(t("export.xlsx.text"), "text", 60),
        Column(t("export.xlsx.origin"), "short", 24),
    )
    shorts = {section: t(f"section.{section}.short") for section in SECTIONS}
    questions = {section: t(f"section.{section}.question") for section in SECTIONS}
    note = t("note")

    def rows() -> Iterator[tuple[Cell, ...]]:
        for workshop in _rooms(document, workshop_id):
            numbers = number_workshop(workshop)
            for aufgabe in presentation_order(workshop):
                number = numbers.aufgabe[aufgabe.id]
                for section in SECTIONS:
                    for entry in aufgabe.entries(section):
                        shown = note if entry.note else label(section, numbers.entry[entry.id])
                        yield (
                            workshop.name,
                            aufgabe.aktion,
                            number,
                            aufgabe.text,
                            shorts[section],
                            questions[section],
                            shown,
                            entry.text,
                            entry.origin,
                        )

    return Table(t("export.xlsx.sheet.entries"), columns, rows)


def event_table(document: Document) -> Table:
    """The event: title, forum, dates, and each line of the Ziel and the Ablauf."""
    event = document.event
    columns = (Column(t("export.xlsx.field"), "short", 26), Column(t("export.xlsx.value"), "text", 80))
    fields: list[tuple[Cell, ...]] = [
        (t("event.title"), event.title),
        (t("event.forum"), event.forum),
        (t("event.dates"), event.dates),
    ]
    fields += [(t("event.goal"), line) for line in event.goal]
    fields += [(t("event.agenda"), line) for line in event.agenda]
    return Table(t("export.xlsx.sheet.event"), columns, lambda: iter(fields))


def xlsx_tables(document: Document, workshop_id: int | None = None) -> tuple[Table, ...]:
    """The three sheets, in the order they appear in the workbook."""
    return (aufgaben_table(document, workshop_id), entries_table(document, workshop_id), event_table(document))
