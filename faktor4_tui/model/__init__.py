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
from faktor4_tui.model.trash import TRASH_KINDS, TrashItem, TrashKind

__all__ = [
    "SECTIONS",
    "TRASH_KINDS",
    "Aufgabe",
    "Document",
    "Entry",
    "Event",
    "Numbering",
    "Section",
    "TrashItem",
    "TrashKind",
    "Workshop",
    "number_workshop",
    "sanitize",
]
