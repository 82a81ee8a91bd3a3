"""Immutable snapshot of a faktor4 file: event, workshops, Aufgaben, entries."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from faktor4_tui.model.massnahme import Massnahme
from faktor4_tui.model.trash import TrashItem

Section = Literal["loesungen", "akteure", "start", "umsetzungsprobleme", "unterstuetzer", "sponsoren"]
"""The key of one of an Aufgabe's six sections."""

# The six sections of an Aufgabe, in the template's order (pane 1-6, slide order).
SECTIONS: tuple[Section, ...] = (
    "loesungen",
    "akteure",
    "start",
    "umsetzungsprobleme",
    "unterstuetzer",
    "sponsoren",
)


@dataclass(frozen=True)
class Entry:
    """One line of text in one section of an Aufgabe; a note takes no number."""

    id: int
    text: str
    note: bool = False
    origin: str = ""
    # Counts the changes to this entry: an edit states the version it saw. Bookkeeping, not content:
    # two documents with the same texts are equal whatever their versions.
    version: int = field(default=0, compare=False)
    conflict: bool = False  # someone's text kept below another's that replaced what they saw


@dataclass(frozen=True)
class Aufgabe:
    """A problem/task of a workshop; ``aktion`` is its place in the Aktionsplan (1..k) or None."""

    id: int
    text: str
    aktion: int | None = None
    votes: int = 0
    sections: dict[str, tuple[Entry, ...]] = field(default_factory=dict)
    origin: str = ""
    version: int = field(default=0, compare=False)
    conflict: bool = False
    massnahme: Massnahme = field(default_factory=Massnahme)  # the Maßnahmenblatt, for an Aktion

    def entries(self, section: str) -> tuple[Entry, ...]:
        """The entries of one section, in order."""
        return self.sections.get(section, ())

    @property
    def has_entries(self) -> bool:
        """True if any section holds at least one entry."""
        return any(self.sections.get(key) for key in SECTIONS)


@dataclass(frozen=True)
class Workshop:
    """A named workshop with its ordered Aufgaben."""

    id: int
    name: str
    aufgaben: tuple[Aufgabe, ...] = ()
    version: int = field(default=0, compare=False)

    @property
    def plan(self) -> tuple[Aufgabe, ...]:
        """The Aktionsplan: Aufgaben in the plan, in plan order."""
        planned = [a for a in self.aufgaben if a.aktion is not None]
        return tuple(sorted(planned, key=lambda a: a.aktion or 0))

    def aufgabe(self, aufgabe_id: int) -> Aufgabe | None:
        """The Aufgabe with this id, or None."""
        return next((a for a in self.aufgaben if a.id == aufgabe_id), None)

    def index_of(self, aufgabe_id: int) -> int | None:
        """Zero-based position of an Aufgabe in the list, or None."""
        for index, aufgabe in enumerate(self.aufgaben):
            if aufgabe.id == aufgabe_id:
                return index
        return None


@dataclass(frozen=True)
class Event:
    """The forum event shown on every slide."""

    title: str = ""
    forum: str = ""
    dates: str = ""
    goal: tuple[str, ...] = ()
    agenda: tuple[str, ...] = ()
    versions: dict[str, int] = field(default_factory=dict, compare=False)  # per text field: changes so far
    ausgangswert: float | None = None  # the baseline, t CO₂e per year (for the Faktor-4 share)

    def version(self, name: str) -> int:
        """How often the field ``name`` (title, forum, dates, ausgangswert) was changed."""
        return self.versions.get(name, 0)


@dataclass(frozen=True)
class Document:
    """Everything in one faktor4 file at one revision (``trash``: the Papierkorb, newest first)."""

    event: Event = field(default_factory=Event)
    workshops: tuple[Workshop, ...] = ()
    revision: int = 0
    trash: tuple[TrashItem, ...] = ()

    def workshop(self, workshop_id: int) -> Workshop | None:
        """The workshop with this id, or None."""
        return next((w for w in self.workshops if w.id == workshop_id), None)

    def workshop_named(self, name: str) -> Workshop | None:
        """The first workshop with this name (case-insensitive), or None."""
        wanted = name.casefold()
        return next((w for w in self.workshops if w.name.casefold() == wanted), None)

    def find_entry(self, entry_id: int) -> tuple[Workshop, Aufgabe, str, int] | None:
        """Locate an entry: its workshop, Aufgabe, section and index."""
        for workshop in self.workshops:
            for aufgabe in workshop.aufgaben:
                for section, entries in aufgabe.sections.items():
                    for index, entry in enumerate(entries):
                        if entry.id == entry_id:
                            return workshop, aufgabe, section, index
        return None

    def find_aufgabe(self, aufgabe_id: int) -> tuple[Workshop, Aufgabe] | None:
        """Locate an Aufgabe and its workshop."""
        for workshop in self.workshops:
            aufgabe = workshop.aufgabe(aufgabe_id)
            if aufgabe is not None:
                return workshop, aufgabe
        return None
