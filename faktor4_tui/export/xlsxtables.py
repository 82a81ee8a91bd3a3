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
- Maßnahmen: one row per Aktion of every room with its Maßnahmenblatt (the THG-Minderung a
  number) and the parts its sections fill (the Lösungen as numbered steps, one per line).
- Veranstaltung: title, forum, dates, then one row per line of the Ziel and of the Ablauf; then
  the Ausgangswert, the THG-Minderung of all Maßnahmen and their share of the Faktor-4 reduction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Literal

from faktor4_tui.deck.massnahmen import overview, part_title, percent, status_label, total
from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Document, Workshop, number_workshop
from faktor4_tui.model.massnahme import faktor4_share
from faktor4_tui.model.numbering import presentation_order

Cell = str | int | float | None
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


def massnahmen_table(document: Document, workshop_id: int | None = None) -> Table:
    """One row per Aktion: its Maßnahmenblatt's fields, then its Lösungen as steps, Akteure, Start, …"""
    fields = ("verantwortlich", "beginn", "dauer", "kosten", "finanzierung", "thg", "indikator", "status")
    columns = (
        Column(t("export.xlsx.workshop"), "short", 24),
        Column(t("export.xlsx.aktion"), "number", 0),
        Column(t("export.xlsx.aufgabe_text"), "text", 40),
        *(Column(t(f"massnahme.field.{name}"), "number" if name == "thg" else "short", 28) for name in fields),
        *(Column(part_title(section), "text", 50) for section in SECTIONS),
    )

    def rows() -> Iterator[tuple[Cell, ...]]:
        for workshop in _rooms(document, workshop_id):
            for aufgabe in workshop.plan:
                sheet = aufgabe.massnahme
                values: list[Cell] = [workshop.name, aufgabe.aktion, aufgabe.text]
                values += [sheet.thg if name == "thg" else str(sheet.value(name) or "") for name in fields[:-1]]
                values.append(status_label(sheet.status))
                for section in SECTIONS:
                    texts = [e.text for e in aufgabe.entries(section)]
                    if section == "loesungen":
                        texts = [f"{n}. {text}" for n, text in enumerate(texts, start=1)]
                    values.append("\n".join(texts))
                yield tuple(values)

    return Table(t("massnahme.heading"), columns, rows)


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
    fields.append((t("massnahme.field.ausgangswert"), event.ausgangswert))
    summed = total(overview(document))
    fields.append((t("export.xlsx.thg_total"), summed))
    reached = faktor4_share(summed, event.ausgangswert)
    if reached is not None:
        fields.append((t("export.xlsx.faktor4_share"), percent(reached)))
    return Table(t("export.xlsx.sheet.event"), columns, lambda: iter(fields))


def xlsx_tables(document: Document, workshop_id: int | None = None) -> tuple[Table, ...]:
    """The four sheets, in the order they appear in the workbook."""
    return (
        aufgaben_table(document, workshop_id),
        entries_table(document, workshop_id),
        massnahmen_table(document, workshop_id),
        event_table(document),
    )
