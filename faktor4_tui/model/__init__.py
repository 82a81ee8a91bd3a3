"""Pure domain model: dataclasses for the event, workshops, Aufgaben and entries."""

from faktor4_tui.model.document import (
    SECTIONS,
    Aufgabe,
    Document,
    Entry,
    Event,
    Section,
    Workshop,
)
from faktor4_tui.model.numbering import Numbering, number_workshop
from faktor4_tui.model.sanitize import sanitize

__all__ = [
    "SECTIONS",
    "Aufgabe",
    "Document",
    "Entry",
    "Event",
    "Numbering",
    "Section",
    "Workshop",
    "number_workshop",
    "sanitize",
]
