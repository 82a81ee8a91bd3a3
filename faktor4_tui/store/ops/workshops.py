"""Changes to the workshops of a file: add, find-or-add, rename, move, delete (to the trash), restore.

No two workshops share a name (compared case-insensitively, trimmed): adding or renaming onto a
name that is taken is refused with a sentence (``NameTakenError``), from any process.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.store.errors import ConflictError, NameTakenError, TrashError
from faktor4_tui.store.ops.base import (
    Batch,
    Op,
    Row,
    Tx,
    clean,
    get_row,
    insert_at,
    matching,
    ordered,
    renumber,
    saw_current,
    update,
    version,
)
from faktor4_tui.store.ops.trash_rows import Stamp, put_in_trash, take_from_trash


def workshop_ids(tx: Tx) -> list[int]:
    """The workshops' ids in their order."""
    return [row.doc_id for row in ordered(tx.table("workshops").all())]


_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))  # soft hyphen, zero widths


def name_key(name: str) -> str:
    """A workshop name as people read it: case, spacing, composed letters and invisible characters aside."""
    return " ".join(unicodedata.normalize("NFKC", name).translate(_INVISIBLE).casefold().split())


def same_name(a: str, b: str) -> bool:
    """True if two workshop names read the same ("Kommunen", " KOMMUNEN ", "Kommu\u200bnen")."""
    return name_key(a) == name_key(b)


def refuse_taken(tx: Tx, name: str, own: int | None = None) -> None:
    """Refuse a name another workshop (not ``own``) has already, with a sentence naming it."""
    for row in tx.table("workshops").all():
        if row.doc_id != own and same_name(row["name"], name):
            raise NameTakenError(t("error.workshop.name_taken", name=row["name"]))


@dataclass(frozen=True, slots=True)
class AddWorkshop(Op):
    """Add a workshop (at the end, or at ``index``; ``id`` reuses an id for undo/redo)."""

    name: str
    index: int | None = None
    id: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Insert the workshop; the inverse deletes it."""
        name = clean(self.name, "workshop name")
        refuse_taken(tx, name)
        ids = workshop_ids(tx)
        doc_id = tx.claim_id(self.id)
        insert_at(tx.table("workshops"), {"name": name}, doc_id, ids, self.index)
        return DeleteWorkshop(doc_id, seen=0, strict=True, aufgaben=())


@dataclass(frozen=True, slots=True)
class EnsureWorkshop(Op):
    """Add a workshop unless one of that name (case-insensitive) exists: look and add in one lock."""

    name: str

    def apply(self, tx: Tx) -> Op:
        """Add the workshop if it is missing."""
        wanted = clean(self.name, "workshop name")
        if any(same_name(row["name"], wanted) for row in tx.table("workshops").all()):
            return Batch()
        return AddWorkshop(self.name).apply(tx)


@dataclass(frozen=True, slots=True)
class RenameWorkshop(Op):
    """Give a workshop a new name (not over a name someone else gave it since it was seen)."""

    TABLE = "workshops"
    id: int
    name: str
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Rename; the inverse gives the old name back."""
        table = tx.table("workshops")
        row = get_row(table, self.id, "workshop")
        name = clean(self.name, "workshop name")
        if not saw_current(row, self.seen, self.strict, row["name"]):
            tx.notices.append(t("conflict.not_renamed", theirs=row["name"], yours=name))
            return Batch()
        refuse_taken(tx, name, own=self.id)
        new_version = update(table, self.id, row, {"name": name})
        return RenameWorkshop(self.id, row["name"], new_version, strict=True)


@dataclass(frozen=True, slots=True)
class MoveWorkshop(Op):
    """Move a workshop to a new position in the file's order of rooms (the deck's order).

    A move changes no name: it leaves the version alone (a rename seen before it is not stale),
    and its undo moves the room back wherever others moved the rooms meanwhile.
    """

    TABLE = "workshops"
    id: int
    index: int

    def apply(self, tx: Tx) -> Op:
        """Reorder; the inverse moves it back."""
        get_row(tx.table("workshops"), self.id, "workshop")
        ids = workshop_ids(tx)
        old_index = ids.index(self.id)
        ids.remove(self.id)
        ids.insert(max(0, min(self.index, len(ids))), self.id)
        renumber(tx.table("workshops"), ids)
        return MoveWorkshop(self.id, old_index)


@dataclass(frozen=True, slots=True)
class DeleteWorkshop(Op):
    """Delete a workshop with all its Aufgaben and entries into the Papierkorb.

    An undo deletes only one nobody has filled since; ``stamp`` (redo of a delete, undo of a
    restore) puts the rows back as the trash item they were.
    """

    TABLE = "workshops"
    id: int
    seen: int | None = None
    strict: bool = False
    aufgaben: tuple[int, ...] | None = None
    stamp: Stamp | None = None

    def apply(self, tx: Tx) -> Op:
        """Move the rows into the trash; the inverse takes them all out again."""
        table = tx.table("workshops")
        row = get_row(table, self.id, "workshop")
        saw_current(row, self.seen, self.strict, row["name"])
        ids = workshop_ids(tx)
        aufgaben = matching(tx.table("aufgaben"), lambda r: r.get("workshop") == self.id)
        aufgabe_ids = {a.doc_id for a in aufgaben}
        if self.aufgaben is not None and aufgabe_ids != set(self.aufgaben):
            raise ConflictError(t("error.conflict.aufgaben_added", text=row["name"]))
        entries = matching(tx.table("entries"), lambda r: r.get("aufgabe") in aufgabe_ids)
        tx.table("entries").remove(doc_ids=[e.doc_id for e in entries])
        tx.table("aufgaben").remove(doc_ids=list(aufgabe_ids))
        table.remove(doc_ids=[self.id])
        renumber(table, [i for i in ids if i != self.id])
        rows = {
            "workshops": {self.id: dict(row)},
            "aufgaben": {a.doc_id: dict(a) for a in aufgaben},
            "entries": {e.doc_id: dict(e) for e in entries},
        }
        item = put_in_trash(tx, "workshop", self.id, rows, self.stamp)
        return RestoreWorkshop(self.id, dict(row), rows["aufgaben"], rows["entries"], trash=item)


@dataclass(frozen=True, slots=True)
class RestoreWorkshop(Op):
    """Put a workshop back with the same ids: its row, Aufgaben and entries (undo of a delete, import).

    With ``trash``, the rows come out of that trash item; a workshop of the same name refuses it.
    """

    id: int
    row: Row
    aufgaben: dict[int, Row] = field(default_factory=dict)
    entries: dict[int, Row] = field(default_factory=dict)
    trash: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Insert the rows (the workshop at its old position); the inverse deletes it again."""
        row, aufgaben, entries, stamp = self.row, self.aufgaben, self.entries, None
        if self.trash is not None:
            rows, stamp = take_from_trash(tx, self.trash, "workshop", self.id)
            row, aufgaben, entries = rows["workshops"][self.id], rows["aufgaben"], rows["entries"]
            if any(same_name(other["name"], row["name"]) for other in tx.table("workshops").all()):
                raise TrashError(t("error.trash.name_taken", name=row["name"]))
        ids = workshop_ids(tx)
        insert_at(tx.table("workshops"), row, tx.claim_id(self.id), ids, row.get("pos"))
        # One write per table: TinyDB reads and rewrites a whole table on every insert, so a big
        # workshop (an import --into, a restore) inserted row by row took minutes under the lock.
        tx.table("aufgaben").insert_multiple(
            [Document(aufgabe, doc_id=tx.claim_id(int(doc_id))) for doc_id, aufgabe in aufgaben.items()]
        )
        tx.table("entries").insert_multiple(
            [Document(entry, doc_id=tx.claim_id(int(doc_id))) for doc_id, entry in entries.items()]
        )
        aufgabe_ids = tuple(int(doc_id) for doc_id in aufgaben)
        return DeleteWorkshop(self.id, seen=version(row), strict=True, aufgaben=aufgabe_ids, stamp=stamp)
