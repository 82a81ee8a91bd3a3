"""Everything findable in a document: Aufgaben and entries of every workshop, as flat hits."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from faktor4_tui.model.document import SECTIONS, Document, Section


@dataclass(frozen=True)
class Hit:
    """One findable text and where it lives (section and entry_id are None for an Aufgabe)."""

    workshop_id: int
    workshop: str
    aufgabe_id: int
    aufgabe_number: int
    text: str
    section: Section | None = None
    entry_id: int | None = None


def searchable(document: Document) -> Iterator[Hit]:
    """Every Aufgabe and entry of every workshop, in document order."""
    for workshop in document.workshops:
        for number, aufgabe in enumerate(workshop.aufgaben, start=1):
            yield Hit(workshop.id, workshop.name, aufgabe.id, number, aufgabe.text)
            for section in SECTIONS:
                for entry in aufgabe.entries(section):
                    yield Hit(workshop.id, workshop.name, aufgabe.id, number, entry.text, section, entry.id)
