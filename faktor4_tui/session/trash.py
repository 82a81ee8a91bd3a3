"""The Papierkorb as people read it: numbered lines, newest first, saying what, where, when and by whom.

``faktor4 trash`` prints these lines and ``faktor4 restore FILE N`` takes number N; the
palette's Papierkorb shows the same numbers.
"""

from __future__ import annotations

from dataclasses import dataclass

from faktor4_tui.i18n import t
from faktor4_tui.model import Document, TrashItem, TrashKind
from faktor4_tui.model.trash import excerpt

TEXT_WIDTH = 40


@dataclass(frozen=True)
class TrashLine:
    """One trash item as listed: its number (1 = the newest), the item's id and its description."""

    number: int
    item: int
    kind: TrashKind
    row: int
    when: str
    what: str
    text: str
    where: str
    user: str


def _counted(key: str, n: int) -> str:
    return t(f"trash.count.{key}.one") if n == 1 else t(f"trash.count.{key}.many", n=n)


def contents(aufgaben: int, entries: int) -> str:
    """What a workshop holds: "2 Aufgaben, 5 Einträge"."""
    return ", ".join([_counted("aufgaben", aufgaben), _counted("entries", entries)])


def what(item: TrashItem) -> str:
    """What the item is: "Eintrag", "Aufgabe (3 Einträge)", "Workshop (2 Aufgaben, 5 Einträge)"."""
    name = t(f"trash.what.{item.kind}")
    if item.kind == "aufgabe" and item.entries:
        return t("trash.holds", what=name, counts=_counted("entries", item.entries))
    if item.kind == "workshop":
        return t("trash.holds", what=name, counts=contents(item.aufgaben, item.entries))
    return name


def where(item: TrashItem) -> str:
    """Where it was: "Kommunen · Aufgabe 8 · Akteure", "Kommunen · war Aufgabe 8", "Workshops"."""
    if item.kind == "workshop":
        return t("trash.where.workshops")
    workshop = item.workshop
    if item.kind == "aufgabe":
        if item.waits_for is not None:
            workshop = t("trash.where.workshop_trashed", name=workshop)
        return " · ".join([workshop, t("trash.where.was_aufgabe", n=item.aufgabe_number)])
    if item.aufgabe_number is not None:
        aufgabe = t("aufgabe.label", n=item.aufgabe_number)
    else:
        aufgabe = t("trash.where.aufgabe_trashed", text=excerpt(item.aufgabe, TEXT_WIDTH // 2))
    return " · ".join([workshop, aufgabe, t(f"section.{item.section}.short")])


def when(item: TrashItem) -> str:
    """When it was deleted, in local time."""
    return item.deleted.astimezone().strftime(t("trash.time_format"))


def trash_lines(document: Document) -> list[TrashLine]:
    """The Papierkorb of a document, numbered from 1 (the newest)."""
    return [
        TrashLine(
            number=number,
            item=item.id,
            kind=item.kind,
            row=item.row,
            when=when(item),
            what=what(item),
            text=excerpt(item.text, TEXT_WIDTH),
            where=where(item),
            user=item.user,
        )
        for number, item in enumerate(document.trash, start=1)
    ]


def place(document: Document, kind: TrashKind, row: int) -> str:
    """Where a row is now: "Kommunen · Aufgabe 8 · Akteure", "Kommunen · Aufgabe 8", "Workshops"."""
    if kind == "entry" and (found := document.find_entry(row)) is not None:
        workshop, aufgabe, section, _ = found
        number = (workshop.index_of(aufgabe.id) or 0) + 1
        return " · ".join([workshop.name, t("aufgabe.label", n=number), t(f"section.{section}.short")])
    if kind == "aufgabe" and (located := document.find_aufgabe(row)) is not None:
        workshop, aufgabe = located
        return " · ".join([workshop.name, t("aufgabe.label", n=(workshop.index_of(aufgabe.id) or 0) + 1)])
    return t("trash.where.workshops")


def restored(line: TrashLine, document: Document) -> str:
    """The sentence after a restore: what came back, and where it is now in ``document``."""
    return t("trash.restored", what=line.what, text=line.text, where=place(document, line.kind, line.row))
