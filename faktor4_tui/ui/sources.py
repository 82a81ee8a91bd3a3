"""Adapters between the document and KeyList: rows to show, changes as store operations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from faktor4_tui.i18n import label, t
from faktor4_tui.model import Aufgabe

from faktor4_tui.ui.widgets.keylist import Row
from faktor4_tui.store.ops import AddAufgabe, AddEntry, DeleteAufgabe, DeleteEntry, EditAufgabe, EditEntry, MoveAufgabe, MoveEntry, SetEvent, SetNote

if TYPE_CHECKING:
    from faktor4_tui.ui.app import Faktor4App

# U+2022 is in the Linux console's default font (CP437 0x07) and every terminal font.
VOTE_DOT = "•"
MAX_DOTS = 5


def vote_badge(votes: int) -> str:
    """Dot votes as dots and a count ("••• 3"; beyond five dots "•••••+ 12"); empty for none."""
    if votes <= 0:
        return ""
    dots = VOTE_DOT * min(votes, MAX_DOTS) + ("+" if votes > MAX_DOTS else "")
    return f"{dots} {votes}"


class AufgabenSource:
    """The Aufgaben of the app's current workshop ("Aufgabe N: text", plan mark "Aktion K", votes).

    ``by_votes`` shows them most votes first (a view only: numbers and stored order stay).
    """

    notes = False

    def __init__(self, app: Faktor4App) -> None:
        self.app = app
        self.noun = t("noun.aufgabe")
        self.by_votes = False

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""
        return self.app.store.read_only

    def rows(self) -> Sequence[Row]:
        """One row per Aufgabe, in list order."""
        workshop = self.app.workshop
        if workshop is None:
            return ()
        numbers = self.app.numbering
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

    def add(self, text: str) -> int | None:
        """Append an Aufgabe to the workshop."""
        workshop = self.app.workshop
        if workshop is None:
            return None
        return self.app.apply_new(AddAufgabe(workshop=workshop.id, text=text))

    def edit(self, row_id: int, text: str) -> bool:
        """Change an Aufgabe's text."""
        return self.app.apply(EditAufgabe(id=row_id, text=text))

    def delete(self, row_id: int) -> bool:
        """Delete an Aufgabe with its entries (undoable)."""
        return self.app.apply(DeleteAufgabe(id=row_id))

    def move(self, row_id: int, index: int) -> bool:
        """Move an Aufgabe in the list (not while sorted by votes: the shown order is not the list's)."""
        if self.by_votes:
            self.app.notify(t("votes.sorted_no_move"), severity="warning")
            return False
        return self.app.apply(MoveAufgabe(id=row_id, index=index))

    def toggle_note(self, row_id: int) -> bool:
        """Aufgaben have no notes."""
        return False


class EntrySource:
    """The entries of one section of an Aufgabe, labelled by derived number; notes unlabelled."""

    notes = True

    def __init__(self, app: Faktor4App, aufgabe_id: Callable[[], int], section: str) -> None:
        self.app = app
        self.aufgabe_id = aufgabe_id
        self.section = section
        self.noun = t(f"noun.{section}")

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""
        return self.app.store.read_only

    def _aufgabe(self) -> Aufgabe | None:
        workshop = self.app.workshop
        return workshop.aufgabe(self.aufgabe_id()) if workshop else None

    def rows(self) -> Sequence[Row]:
        """One row per entry of the section."""
        aufgabe = self._aufgabe()
        if aufgabe is None:
            return ()
        numbers = self.app.numbering
        return tuple(
            Row(id=e.id, text=e.text, note=e.note,
                label="" if e.note else label(self.section, numbers.entry.get(e.id, 0)))
            for e in aufgabe.entries(self.section)
        )

    def add(self, text: str) -> int | None:
        """Append an entry to the section."""
        return self.app.apply_new(AddEntry(aufgabe=self.aufgabe_id(), section=self.section, text=text))

    def edit(self, row_id: int, text: str) -> bool:
        """Change an entry's text."""
        return self.app.apply(EditEntry(id=row_id, text=text))

    def delete(self, row_id: int) -> bool:
        """Delete an entry (undoable)."""
        return self.app.apply(DeleteEntry(id=row_id))

    def move(self, row_id: int, index: int) -> bool:
        """Move an entry within its section."""
        return self.app.apply(MoveEntry(id=row_id, index=index))

    def toggle_note(self, row_id: int) -> bool:
        """Switch between numbered item and note."""
        note = next((r.note for r in self.rows() if r.id == row_id), None)
        if note is None:
            return False
        return self.app.apply(SetNote(id=row_id, note=not note))


class LinesSource:
    """The event's Ziel or Ablauf lines; a row's id is its position."""

    notes = False

    def __init__(self, app: Faktor4App, field: str) -> None:
        self.app = app
        self.field = field
        self.noun = t("noun.line")

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""
        return self.app.store.read_only

    def _lines(self) -> list[str]:
        return list(getattr(self.app.document.event, self.field))

    def rows(self) -> Sequence[Row]:
        """One row per line."""
        return tuple(Row(id=index, text=text) for index, text in enumerate(self._lines()))

    def _save(self, lines: list[str]) -> bool:
        return self.app.apply(SetEvent(**{self.field: lines}))

    def add(self, text: str) -> int | None:
        """Append a line."""
        lines = self._lines()
        return len(lines) if self._save([*lines, text]) else None

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

    def toggle_note(self, row_id: int) -> bool:
        """Lines have no notes."""
        return False
