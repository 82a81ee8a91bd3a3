"""Changes to the entries of an Aufgabe's sections: add, edit, note flag, move, delete (to the trash), restore.

A change made from what a person saw carries ``seen`` (the entry's version then); an undo or redo
is ``strict`` and refuses to touch an entry someone changed since (see ``base.saw_current``).
"""

from __future__ import annotations

from dataclasses import dataclass

from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, Section
from faktor4_tui.store.errors import StoreError
from faktor4_tui.store.ops.base import (
    Batch,
    Op,
    Row,
    Tx,
    begin_text_edit,
    clean,
    get_row,
    insert_at,
    kept_both,
    renumber,
    saw_current,
    siblings,
    update,
    version,
    write_text,
)
from faktor4_tui.store.ops.trash_rows import Stamp, put_in_trash, require_parent, take_from_trash


def entry_ids(tx: Tx, aufgabe: int, section: str) -> list[int]:
    """The entries of one section of an Aufgabe, in order."""
    return [row.doc_id for row in siblings(tx.table("entries"), "aufgabe", aufgabe, {"section": section})]


@dataclass(frozen=True, slots=True)
class AddEntry(Op):
    """Add an entry to a section of an Aufgabe (at the end, or at ``index``)."""

    aufgabe: int
    section: Section
    text: str
    index: int | None = None
    note: bool = False
    id: int | None = None
    conflict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Insert the entry; the inverse deletes it (only while nobody changed it)."""
        if self.section not in SECTIONS:
            raise StoreError(t("error.unknown_section", section=repr(self.section), sections=", ".join(SECTIONS)))
        get_row(tx.table("aufgaben"), self.aufgabe, "Aufgabe")
        ids = entry_ids(tx, self.aufgabe, self.section)
        doc_id = tx.claim_id(self.id)
        row: Row = {
            "aufgabe": self.aufgabe,
            "section": self.section,
            "text": clean(self.text, "entry"),
            "note": bool(self.note),
        }
        if self.conflict:
            row["conflict"] = True
        insert_at(tx.table("entries"), row, doc_id, ids, self.index)
        return DeleteEntry(doc_id, seen=0, strict=True)


@dataclass(frozen=True, slots=True)
class EditEntry(Op):
    """Change an entry's text (clears a conflict mark: the person has looked at it).

    If someone changed the entry since this person saw it (``seen``), their text stays in place and
    this one is kept right below it, marked as a conflict, and the person is told.
    """

    TABLE = "entries"
    id: int
    text: str
    seen: int | None = None
    strict: bool = False
    conflict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Replace the text (or keep both); the inverse gives the old text back."""
        edit = begin_text_edit(tx, "entries", self.id, "entry", self.text, self.seen, self.strict)
        row = edit.row
        if edit.current:
            old_text, new_version, old_mark = write_text(tx, "entries", edit, self.conflict)
            return EditEntry(self.id, old_text, new_version, strict=True, conflict=old_mark)
        if edit.text == row["text"]:  # both wrote the same: nothing to keep twice
            return Batch()
        kept_both(tx, row["text"])
        ids = entry_ids(tx, row["aufgabe"], row["section"])
        note = bool(row.get("note"))
        return AddEntry(row["aufgabe"], row["section"], edit.text, ids.index(self.id) + 1, note, conflict=True).apply(
            tx
        )


@dataclass(frozen=True, slots=True)
class SetNote(Op):
    """Make an entry a numbered item (False) or an unnumbered note (True)."""

    TABLE = "entries"
    id: int
    note: bool
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Set the flag; the inverse restores the old one."""
        table = tx.table("entries")
        row = get_row(table, self.id, "entry")
        saw_current(row, self.seen, self.strict, row["text"])
        old = bool(row.get("note", False))
        new_version = update(table, self.id, row, {"note": bool(self.note)})
        return SetNote(self.id, old, new_version, strict=True)


@dataclass(frozen=True, slots=True)
class MoveEntry(Op):
    """Move an entry to a new position within its section."""

    TABLE = "entries"
    id: int
    index: int
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Reorder; the inverse moves it back."""
        table = tx.table("entries")
        row = get_row(table, self.id, "entry")
        saw_current(row, self.seen, self.strict, row["text"])
        ids = entry_ids(tx, row["aufgabe"], row["section"])
        old_index = ids.index(self.id)
        ids.remove(self.id)
        ids.insert(max(0, min(self.index, len(ids))), self.id)
        renumber(table, ids)
        new_version = update(table, self.id, get_row(table, self.id, "entry"), {})
        return MoveEntry(self.id, old_index, new_version, strict=True)


@dataclass(frozen=True, slots=True)
class DeleteEntry(Op):
    """Delete an entry into the Papierkorb; its siblings close the gap (an undo: only one nobody changed since).

    ``stamp`` (redo of a delete, undo of a restore) puts it back as the trash item it was.
    """

    TABLE = "entries"
    id: int
    seen: int | None = None
    strict: bool = False
    stamp: Stamp | None = None

    def apply(self, tx: Tx) -> Op:
        """Move the row into the trash; the inverse takes it out again."""
        table = tx.table("entries")
        row = get_row(table, self.id, "entry")
        saw_current(row, self.seen, self.strict, row["text"])
        ids = entry_ids(tx, row["aufgabe"], row["section"])
        table.remove(doc_ids=[self.id])
        renumber(table, [i for i in ids if i != self.id])
        item = put_in_trash(tx, "entry", self.id, {"entries": {self.id: dict(row)}}, self.stamp)
        return RestoreEntry(self.id, dict(row), trash=item)


@dataclass(frozen=True, slots=True)
class RestoreEntry(Op):
    """Put a deleted entry back at its place with the same id (``trash``: out of that trash item)."""

    id: int
    row: Row
    trash: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Insert the row; the inverse deletes it again (only while nobody changed it)."""
        row, stamp = self.row, None
        if self.trash is not None:
            rows, stamp = take_from_trash(tx, self.trash, "entry", self.id)
            row = rows["entries"][self.id]
            require_parent(tx, "aufgaben", row["aufgabe"], row["text"])
        get_row(tx.table("aufgaben"), row["aufgabe"], "Aufgabe")
        ids = entry_ids(tx, row["aufgabe"], row["section"])
        insert_at(tx.table("entries"), row, tx.claim_id(self.id), ids, row.get("pos"))
        return DeleteEntry(self.id, seen=version(row), strict=True, stamp=stamp)
