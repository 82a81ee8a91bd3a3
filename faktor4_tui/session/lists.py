"""What a keyboard list shows and changes: rows from the document, changes as typed operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Protocol

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Aufgabe, Section, Workshop
from faktor4_tui.session.drafts import DraftSlot, Place
from faktor4_tui.session.pending import Waiting
from faktor4_tui.session.session import Session
from faktor4_tui.session.trash import contents
from faktor4_tui.store.ops import (
    AddAufgabe,
    AddEntry,
    AddLine,
    AddWorkshop,
    DeleteAufgabe,
    DeleteEntry,
    DeleteLine,
    DeleteWorkshop,
    EditAufgabe,
    EditEntry,
    EditLine,
    MoveAufgabe,
    MoveEntry,
    MoveLine,
    MoveWorkshop,
    RenameWorkshop,
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
    version: int = 0  # what the person saw: a change made from this row states it
    detail: str = ""  # shown dim after the text (a workshop's counts)


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

    def edit(self, row: Row, text: str) -> bool:
        """Change the text of a row as the person saw it."""

    def delete(self, row: Row) -> bool:
        """Delete a row."""

    def delete_question(self, row: Row) -> str:
        """The notice asking for a second press before deleting this row ("" deletes at once)."""

    def move(self, row: Row, index: int) -> bool:
        """Move a row to a position in the full list."""

    def toggle_note(self, row: Row) -> bool:
        """Switch a row between numbered item and note."""

    def draft(self, mode: str, row_id: int | None, text: str) -> DraftSlot:
        """The draft of the add line (``mode`` "add") or of editing a row ("edit", its id and text now)."""


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

    def delete_question(self, row: Row) -> str:
        """Rows go to the Papierkorb at the first press."""
        return ""

    def toggle_note(self, row: Row) -> bool:
        """No notes in this list."""
        return False

    def place(self, mode: str, row_id: int | None) -> Place:
        """The draft key of this list's add line or of one row's edit (lists fill this in)."""
        raise NotImplementedError

    def draft(self, mode: str, row_id: int | None, text: str) -> DraftSlot:
        """The draft of the add line or of editing a row, from the session."""
        return self.session.draft_slot(self.place(mode, row_id), text)


def _marked(label: str, conflict: bool) -> str:
    """A row's label, with the conflict mark for a text kept below another's."""
    if not conflict:
        return label
    mark = t("conflict.mark")
    return f"{label} ({mark})" if label else f"({mark})"


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
                label=_marked(t("aufgabe.label", n=numbers.aufgabe[a.id]), a.conflict),
                mark=t("aktion.label", n=a.aktion) if a.aktion is not None else "",
                badge=vote_badge(a.votes),
                version=a.version,
            )
            for a in aufgaben
        )

    def place(self, mode: str, row_id: int | None) -> Place:
        """("aufgaben", workshop, "add") or ("aufgabe", id, "edit")."""
        if mode == "edit" and row_id is not None:
            return ("aufgabe", row_id, "edit")
        return ("aufgaben", self.session.workshop_id or 0, "add")

    def add(self, text: str) -> int | Waiting | None:
        """Append an Aufgabe to the workshop."""
        workshop = self.session.workshop
        if workshop is None:
            return None
        workshop_id = workshop.id
        where = f"{self.noun} · {workshop.name}"
        return _first(self.session.add_line(text, lambda: AddAufgabe(workshop_id, text), where))

    def edit(self, row: Row, text: str) -> bool:
        """Change an Aufgabe's text (both kept if someone changed it since it was seen)."""
        return self.session.apply(EditAufgabe(row.id, text, seen=row.version))

    def delete(self, row: Row) -> bool:
        """Delete an Aufgabe with its entries into the Papierkorb (undoable)."""
        return self.session.apply(DeleteAufgabe(row.id))

    def delete_question(self, row: Row) -> str:
        """An Aufgabe with entries goes to the Papierkorb at the second press: the notice says so."""
        workshop = self.session.workshop
        aufgabe = workshop.aufgabe(row.id) if workshop else None
        if aufgabe is None or not aufgabe.has_entries:
            return ""
        count = sum(len(aufgabe.entries(section)) for section in SECTIONS)
        number = self.session.numbering.aufgabe[row.id]
        if count == 1:
            return t("delete.confirm_aufgabe_one", n=number)
        return t("delete.confirm_aufgabe", n=number, m=count)

    def move(self, row: Row, index: int) -> bool:
        """Move an Aufgabe in the list (not while sorted by votes: the shown order is not the list's)."""
        if self.by_votes:
            self.session.notify(t("votes.sorted_no_move"), "warning")
            return False
        return self.session.apply(MoveAufgabe(row.id, index))


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
                label=_marked("" if e.note else label(self.section, numbers.entry.get(e.id, 0)), e.conflict),
                version=e.version,
            )
            for e in aufgabe.entries(self.section)
        )

    def place(self, mode: str, row_id: int | None) -> Place:
        """("entries", Aufgabe, section, "add") or ("entry", id, "edit")."""
        if mode == "edit" and row_id is not None:
            return ("entry", row_id, "edit")
        return ("entries", self.aufgabe_id(), self.section, "add")

    def add(self, text: str) -> int | Waiting | None:
        """Append an entry to the section."""
        aufgabe, section = self.aufgabe_id(), self.section
        number = self.session.numbering.aufgabe.get(aufgabe, 0)
        where = f"{t(f'section.{section}.short')} · {t('aufgabe.label', n=number)}"
        return _first(self.session.add_line(text, lambda: AddEntry(aufgabe, section, text), where))

    def edit(self, row: Row, text: str) -> bool:
        """Change an entry's text (both kept if someone changed it since it was seen)."""
        return self.session.apply(EditEntry(row.id, text, seen=row.version))

    def delete(self, row: Row) -> bool:
        """Delete an entry (undoable)."""
        return self.session.apply(DeleteEntry(row.id))

    def move(self, row: Row, index: int) -> bool:
        """Move an entry within its section."""
        return self.session.apply(MoveEntry(row.id, index))

    def toggle_note(self, row: Row) -> bool:
        """Switch between numbered item and note."""
        return self.session.apply(SetNote(row.id, not row.note))


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

    def place(self, mode: str, row_id: int | None) -> Place:
        """("lines", field, "add") or ("lines", field, position, "edit")."""
        if mode == "edit" and row_id is not None:
            return ("lines", self.field, row_id, "edit")
        return ("lines", self.field, "add")

    def add(self, text: str) -> int | Waiting | None:
        """Append a line (lines others add at the same time are kept too)."""
        field = self.field
        added = self.session.add_line(text, lambda: AddLine(field, text), t(f"event.{field}"))
        return len(self._lines()) - 1 if isinstance(added, list) else added

    def edit(self, row: Row, text: str) -> bool:
        """Replace the line the person saw (theirs kept too if someone changed it meanwhile)."""
        return self.session.apply(EditLine(self.field, row.id, row.text, text))

    def delete(self, row: Row) -> bool:
        """Remove the line the person saw (not one someone changed meanwhile)."""
        return self.session.apply(DeleteLine(self.field, row.id, row.text))

    def move(self, row: Row, index: int) -> bool:
        """Move the line the person saw."""
        return self.session.apply(MoveLine(self.field, row.id, row.text, index))


def entry_count(workshop: Workshop) -> int:
    """How many entries a workshop's Aufgaben hold."""
    return sum(len(aufgabe.entries(section)) for aufgabe in workshop.aufgaben for section in SECTIONS)


def room_counts(workshop: Workshop) -> str:
    """ "5 Aufgaben · 2 Aktionen · 14 Einträge": what a room holds, for the forum overview."""
    aktionen = len(workshop.plan)
    planned = t("workshop.count.aktionen.one") if aktionen == 1 else t("workshop.count.aktionen.many", n=aktionen)
    aufgaben, entries = contents(len(workshop.aufgaben), entry_count(workshop)).split(", ")
    return " · ".join([aufgaben, planned, entries])


NAME_COLUMN = 30  # names up to this long line up their counts in a column


class WorkshopsSource(_SessionSource):
    """The file's workshops in their order ("Workshop N: name", counts; the current one marked).

    A name another workshop has already (case-insensitive, trimmed) is refused with a notice;
    the store refuses it too (another process may have taken it meanwhile).
    """

    CURRENT = ">"

    def __init__(self, session: Session) -> None:
        super().__init__(session, t("noun.workshop"))

    def rows(self) -> Sequence[Row]:
        """One row per workshop, in the file's order (the counts in one column)."""
        workshops = self.session.document.workshops
        width = min(max((len(w.name) for w in workshops), default=0), NAME_COLUMN)
        return tuple(
            Row(
                id=w.id,
                text=w.name,
                label=t("workshop.number", n=index),
                mark=self.CURRENT if w.id == self.session.workshop_id else "",
                version=w.version,
                detail=" " * max(0, width - len(w.name)) + room_counts(w),
            )
            for index, w in enumerate(workshops, start=1)
        )

    def place(self, mode: str, row_id: int | None) -> Place:
        """("workshops", "add") or ("workshop", id, "edit")."""
        if mode == "edit" and row_id is not None:
            return ("workshop", row_id, "edit")
        return ("workshops", "add")

    def _taken(self, name: str, own: int | None = None) -> bool:
        other = self.session.document.workshop_named(name.strip())
        if other is None or other.id == own:
            return False
        self.session.notify(t("error.workshop.name_taken", name=other.name), "warning")
        return True

    def add(self, text: str) -> int | Waiting | None:
        """Add a workshop at the end (not under a name that is taken)."""
        if self._taken(text):
            return None
        return self.session.apply_new(AddWorkshop(text))

    def edit(self, row: Row, text: str) -> bool:
        """Rename a workshop (not onto another's name, nor over a name someone gave it since)."""
        if text.strip() == row.text:
            return True
        if self._taken(text, own=row.id):
            return False
        return self.session.apply(RenameWorkshop(row.id, text, seen=row.version))

    def delete(self, row: Row) -> bool:
        """Move a workshop with everything in it into the Papierkorb (undoable); never the only one."""
        if len(self.session.document.workshops) <= 1:
            self.session.notify(t("workshop.first_room"), "warning")
            return False
        if not self.session.apply(DeleteWorkshop(row.id)):
            return False
        self.session.notify(t("workshop.deleted", name=row.text), gone_place=("aufgaben", row.id))
        return True

    def delete_question(self, row: Row) -> str:
        """A workshop with Aufgaben goes to the Papierkorb at the second press: the notice says so."""
        workshop = self.session.document.workshop(row.id)
        if workshop is None or not workshop.aufgaben or len(self.session.document.workshops) <= 1:
            return ""
        counts = contents(len(workshop.aufgaben), entry_count(workshop))
        return t("workshop.delete_confirm", name=workshop.name, counts=counts)

    def move(self, row: Row, index: int) -> bool:
        """Move a workshop in the file's order (the deck follows it)."""
        return self.session.apply(MoveWorkshop(row.id, index))
