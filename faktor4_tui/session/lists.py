"""What a keyboard list shows and changes: rows from the document, changes as typed operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from faktor4_tui.i18n import label, t
from faktor4_tui.model import Aufgabe, Section
from faktor4_tui.session.pending import Waiting
from faktor4_tui.session.session import Session
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    DeleteAufgabe,
    DeleteEntry,
    EditAufgabe,
    EditEntry,
    MoveAufgabe,
    MoveEntry,
    SetEvent,
    SetNote,
)
from faktor4_tui.store.ops.event import EventLines

# U+2022 is in the Linux console's default font (CP437 0x07) and every terminal font.
VOTE_DOT = "•"
MAX_DOTS = 5


@dataclass(frozen=True)
class Row:
    """One row as shown: the item id, its text, its derived label, note flag, plan mark and badge (votes)."""

    id: int
    text: str
    label: str = ""
    note: bool = False
    mark: str = ""
    badge: str = ""


class ListSource(Protocol):
    """What a keyboard list shows and changes; each change returns success (False keeps the typed text)."""

    noun: str
    notes: bool

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""

    def rows(self) -> Sequence[Row]:
        """The rows, in order."""

    def add(self, text: str) -> int | Waiting | None:
        """Append a row: its id; the ``Waiting`` line if it waits to be saved; None if refused (keep the text)."""

    def edit(self, row_id: int, text: str) -> bool:
        """Change a row's text."""

    def delete(self, row_id: int) -> bool:
        """Delete a row."""

    def move(self, row_id: int, index: int) -> bool:
        """Move a row to a position in the full list."""

    def toggle_note(self, row_id: int) -> bool:
        """Switch a row between numbered item and note."""


def vote_badge(votes: int) -> str:
    """Dot votes as dots and a count ("••• 3"; beyond five dots "•••••+ 12"); empty for none."""
    if votes <= 0:
        return ""
    dots = VOTE_DOT * min(votes, MAX_DOTS) + ("+" if votes > MAX_DOTS else "")
    return f"{dots} {votes}"


def _first(added: list[int] | Waiting | None) -> int | Waiting | None:
    """The new row's id from ``Session.add_line``."""
    return added[0] if isinstance(added, list) else added


class _SessionSource:
    """A list over the session's document."""

    notes = False

    def __init__(self, session: Session, noun: str) -> None:
        self.session = session
        self.noun = noun

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""
        return self.session.read_only

    def toggle_note(self, row_id: int) -> bool:
        """No notes in this list."""
        return False


class AufgabenSource(_SessionSource):
    """The Aufgaben of the session's workshop ("Aufgabe N: text", plan mark "Aktion K", votes).

    ``by_votes`` shows them most votes first (a view only: numbers and stored order stay).
    """

    def __init__(self, session: Session) -> None:
        super().__init__(session, t("noun.aufgabe"))
        self.by_votes = False

    def rows(self) -> Sequence[Row]:
        """One row per Aufgabe, in list order."""
        workshop = self.session.workshop
        if workshop is None:
            return ()
        numbers = self.session.numbering
        aufgaben = workshop.aufgaben
        if self.by_votes:
            aufgaben = tuple(sorted(aufgaben, key=lambda a: (-a.votes, numbers.aufgabe[a.id])))
        return tuple(
            Row(
                id=a.id,
                text=a.text,
                label=t("aufgabe.label", n=numbers.aufgabe[a.id]),
                mark=t("aktion.label", n=a.aktion) if a.aktion is not None else "",
                badge=vote_badge(a.votes),
            )
            for a in aufgaben
        )

    def add(self, text: str) -> int | Waiting | None:
        """Append an Aufgabe to the workshop."""
        workshop = self.session.workshop
        if workshop is None:
            return None
        workshop_id = workshop.id
        where = f"{self.noun} · {workshop.name}"
        return _first(self.session.add_line(text, lambda: AddAufgabe(workshop_id, text), where))

    def edit(self, row_id: int, text: str) -> bool:
        """Change an Aufgabe's text."""
        return self.session.apply(EditAufgabe(row_id, text))

    def delete(self, row_id: int) -> bool:
        """Delete an Aufgabe with its entries (undoable)."""
        return self.session.apply(DeleteAufgabe(row_id))

    def move(self, row_id: int, index: int) -> bool:
        """Move an Aufgabe in the list (not while sorted by votes: the shown order is not the list's)."""
        if self.by_votes:
            self.session.notify(t("votes.sorted_no_move"), "warning")
            return False
        return self.session.apply(MoveAufgabe(row_id, index))


class EntrySource(_SessionSource):
    """The entries of one section of an Aufgabe, labelled by derived number; notes unlabelled."""

    notes = True

    def __init__(self, session: Session, aufgabe_id: Callable[[], int], section: Section) -> None:
        super().__init__(session, t(f"noun.{section}"))
        self.aufgabe_id = aufgabe_id
        self.section = section

    def _aufgabe(self) -> Aufgabe | None:
        workshop = self.session.workshop
        return workshop.aufgabe(self.aufgabe_id()) if workshop else None

    def rows(self) -> Sequence[Row]:
        """One row per entry of the section."""
        aufgabe = self._aufgabe()
        if aufgabe is None:
            return ()
        numbers = self.session.numbering
        return tuple(
            Row(
                id=e.id,
                text=e.text,
                note=e.note,
                label="" if e.note else label(self.section, numbers.entry.get(e.id, 0)),
            )
            for e in aufgabe.entries(self.section)
        )

    def add(self, text: str) -> int | Waiting | None:
        """Append an entry to the section."""
        aufgabe, section = self.aufgabe_id(), self.section
        number = self.session.numbering.aufgabe.get(aufgabe, 0)
        where = f"{t(f'section.{section}.short')} · {t('aufgabe.label', n=number)}"
        return _first(self.session.add_line(text, lambda: AddEntry(aufgabe, section, text), where))

    def edit(self, row_id: int, text: str) -> bool:
        """Change an entry's text."""
        return self.session.apply(EditEntry(row_id, text))

    def delete(self, row_id: int) -> bool:
        """Delete an entry (undoable)."""
        return self.session.apply(DeleteEntry(row_id))

    def move(self, row_id: int, index: int) -> bool:
        """Move an entry within its section."""
        return self.session.apply(MoveEntry(row_id, index))

    def toggle_note(self, row_id: int) -> bool:
        """Switch between numbered item and note."""
        note = next((r.note for r in self.rows() if r.id == row_id), None)
        if note is None:
            return False
        return self.session.apply(SetNote(row_id, not note))


class LinesSource(_SessionSource):
    """The event's Ziel or Ablauf lines; a row's id is its position."""

    def __init__(self, session: Session, field: EventLines) -> None:
        super().__init__(session, t("noun.line"))
        self.field: EventLines = field

    def _lines(self) -> list[str]:
        event = self.session.document.event
        return list(event.goal if self.field == "goal" else event.agenda)

    def rows(self) -> Sequence[Row]:
        """One row per line."""
        return tuple(Row(id=index, text=text) for index, text in enumerate(self._lines()))

    def _save(self, lines: list[str]) -> bool:
        return self.session.apply(SetEvent.lines(self.field, lines))

    def add(self, text: str) -> int | Waiting | None:
        """Append a line (to the lines as they are when it is saved)."""
        position = len(self._lines())
        field = self.field
        where = t(f"event.{field}")
        added = self.session.add_line(text, lambda: SetEvent.lines(field, [*self._lines(), text]), where)
        return position if isinstance(added, list) else added

    def edit(self, row_id: int, text: str) -> bool:
        """Replace a line."""
        lines = self._lines()
        lines[row_id] = text
        return self._save(lines)

    def delete(self, row_id: int) -> bool:
        """Remove a line."""
        lines = self._lines()
        del lines[row_id]
        return self._save(lines)

    def move(self, row_id: int, index: int) -> bool:
        """Move a line."""
        lines = self._lines()
        lines.insert(index, lines.pop(row_id))
        return self._save(lines)
