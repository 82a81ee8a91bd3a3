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
from faktor4_tui.model.massnahme import STATUSES, Massnahme, MassnahmeField
from faktor4_tui.model.numbering import Numbering, number_workshop
from faktor4_tui.model.sanitize import sanitize
from faktor4_tui.model.trash import TRASH_KINDS, TrashItem, TrashKind

__all__ = [
    "SECTIONS",
    "STATUSES",
    "TRASH_KINDS",
    "Aufgabe",
    "Document",
    "Entry",
    "Event",
    "Massnahme",
    "MassnahmeField",
    "Numbering",
    "Section",
    "TrashItem",
    "TrashKind",
    "Workshop",
    "number_workshop",
    "sanitize",
]
