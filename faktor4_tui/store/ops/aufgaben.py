"""Changes to Aufgaben: add, edit, move, plan (Aktion, its place in the plan), votes, delete (to the trash), restore.

As with entries: ``seen`` is the Aufgabe's version the person saw; undo and redo are ``strict``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.store.errors import ConflictError, StoreError
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
    matching,
    renumber,
    saw_current,
    siblings,
    update,
    version,
    write_text,
)
from faktor4_tui.store.ops.trash_rows import Stamp, put_in_trash, require_parent, take_from_trash


def aufgabe_ids(tx: Tx, workshop: int) -> list[int]:
    """The workshop's Aufgaben in list order."""
    return [row.doc_id for row in siblings(tx.table("aufgaben"), "workshop", workshop)]


def plan_ids(tx: Tx, workshop: int) -> list[int]:
    """The workshop's Aktionsplan: Aufgabe ids in Aktion order."""
    rows = [
        r
        for r in matching(tx.table("aufgaben"), lambda r: r.get("workshop") == workshop)
        if isinstance(r.get("aktion"), int)
    ]
    return [r.doc_id for r in sorted(rows, key=lambda r: (r["aktion"], r.doc_id))]


def write_plan(tx: Tx, plan: list[int]) -> None:
    """Number the plan's Aufgaben 1..n as Aktionen (only rows whose number changes)."""
    table = tx.table("aufgaben")
    for number, doc_id in enumerate(plan, start=1):
        if get_row(table, doc_id, "Aufgabe").get("aktion") != number:
            table.update({"aktion": number}, doc_ids=[doc_id])


@dataclass(frozen=True, slots=True)
class AddAufgabe(Op):
    """Add an Aufgabe to a workshop (at the end, or at ``index``)."""

    workshop: int
    text: str
    index: int | None = None
    id: int | None = None
    conflict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Insert the Aufgabe; the inverse deletes it (only while it is as it was made, with no entries)."""
        get_row(tx.table("workshops"), self.workshop, "workshop")
        ids = aufgabe_ids(tx, self.workshop)
        doc_id = tx.claim_id(self.id)
        row: Row = {"workshop": self.workshop, "text": clean(self.text, "Aufgabe"), "aktion": None, "votes": 0}
        if self.conflict:
            row["conflict"] = True
        insert_at(tx.table("aufgaben"), row, doc_id, ids, self.index)
        return DeleteAufgabe(doc_id, seen=0, strict=True, entries=())


@dataclass(frozen=True, slots=True)
class EditAufgabe(Op):
    """Change an Aufgabe's text; if someone changed it since it was seen, both texts are kept."""

    TABLE = "aufgaben"
    id: int
    text: str
    seen: int | None = None
    strict: bool = False
    conflict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Replace the text (or keep yours right below theirs, marked); the inverse takes it back."""
        edit = begin_text_edit(tx, "aufgaben", self.id, "Aufgabe", self.text, self.seen, self.strict)
        row = edit.row
        if edit.current:
            old_text, new_version, old_mark = write_text(tx, "aufgaben", edit, self.conflict)
            return EditAufgabe(self.id, old_text, new_version, strict=True, conflict=old_mark)
        if edit.text == row["text"]:  # both wrote the same: nothing to keep twice
            return Batch()
        kept_both(tx, row["text"])
        ids = aufgabe_ids(tx, row["workshop"])
        return AddAufgabe(row["workshop"], edit.text, ids.index(self.id) + 1, conflict=True).apply(tx)


@dataclass(frozen=True, slots=True)
class MoveAufgabe(Op):
    """Move an Aufgabe to a new list position."""

    TABLE = "aufgaben"
    id: int
    index: int
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Reorder; the inverse moves it back."""
        table = tx.table("aufgaben")
        row = get_row(table, self.id, "Aufgabe")
        saw_current(row, self.seen, self.strict, row["text"])
        ids = aufgabe_ids(tx, row["workshop"])
        old_index = ids.index(self.id)
        ids.remove(self.id)
        ids.insert(max(0, min(self.index, len(ids))), self.id)
        renumber(table, ids)
        new_version = update(table, self.id, get_row(table, self.id, "Aufgabe"), {})
        return MoveAufgabe(self.id, old_index, new_version, strict=True)


@dataclass(frozen=True, slots=True)
class SetAktion(Op):
    """Put an Aufgabe into the Aktionsplan as Aktion ``aktion`` (1-based), or take it out (None)."""

    TABLE = "aufgaben"
    id: int
    aktion: int | None
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Change the plan (the others close ranks); the inverse restores the old place."""
        table = tx.table("aufgaben")
        row = get_row(table, self.id, "Aufgabe")
        saw_current(row, self.seen, self.strict, row["text"])
        plan = plan_ids(tx, row["workshop"])
        old = plan.index(self.id) + 1 if self.id in plan else None
        if self.id in plan:
            plan.remove(self.id)
        if self.aktion is None:
            table.update({"aktion": None}, doc_ids=[self.id])
        else:
            plan.insert(max(0, min(self.aktion - 1, len(plan))), self.id)
        write_plan(tx, plan)
        new_version = update(table, self.id, get_row(table, self.id, "Aufgabe"), {})
        return SetAktion(self.id, old, new_version, strict=True)


@dataclass(frozen=True, slots=True)
class MoveAktion(Op):
    """Move an Aktion ``step`` places earlier (negative) or later in the Aktionsplan; the list stays.

    The step counts in the plan as it is under the lock (another person's move meanwhile is built
    upon, not undone). With ``plan`` (an undo, a redo) the plan must be exactly that order: a plan
    someone else changed since is not taken back (ConflictError).
    """

    id: int
    step: int
    plan: tuple[int, ...] | None = None

    def apply(self, tx: Tx) -> Op:
        """Move within the plan (the Aktionen renumber, the Aufgaben keep their places); the inverse moves back."""
        table = tx.table("aufgaben")
        row = get_row(table, self.id, "Aufgabe")
        plan = plan_ids(tx, row["workshop"])
        if self.plan is not None and tuple(plan) != self.plan:
            raise ConflictError(t("error.conflict.plan_changed", text=row["text"]))
        if self.id not in plan:
            raise StoreError(t("plan.not_aktion_text", text=row["text"]))
        old = plan.index(self.id)
        new = max(0, min(old + self.step, len(plan) - 1))
        if new == old:  # already first (last): nothing changes, nothing to undo
            return Batch()
        plan.remove(self.id)
        plan.insert(new, self.id)
        write_plan(tx, plan)
        update(table, self.id, get_row(table, self.id, "Aufgabe"), {})
        return MoveAktion(self.id, old - new, tuple(plan))


@dataclass(frozen=True, slots=True)
class ToggleAktion(Op):
    """Append an Aufgabe to the Aktionsplan, or take it out if it is in."""

    TABLE = "aufgaben"
    id: int
    seen: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Toggle; the inverse restores the old place."""
        row = get_row(tx.table("aufgaben"), self.id, "Aufgabe")
        if isinstance(row.get("aktion"), int):
            return SetAktion(self.id, None, self.seen).apply(tx)
        return SetAktion(self.id, len(plan_ids(tx, row["workshop"])) + 1, self.seen).apply(tx)


@dataclass(frozen=True, slots=True)
class AddVotes(Op):
    """Give (or take back) dot votes: an increment, so votes of several people at once add up."""

    id: int
    delta: int

    def apply(self, tx: Tx) -> Op:
        """Add ``delta`` (never below zero); the inverse takes back exactly what was added."""
        table = tx.table("aufgaben")
        old = int(get_row(table, self.id, "Aufgabe").get("votes", 0) or 0)
        new = max(0, old + self.delta)
        table.update({"votes": new}, doc_ids=[self.id])
        return AddVotes(self.id, old - new)


@dataclass(frozen=True, slots=True)
class SetVotes(Op):
    """Set an Aufgabe's dot-vote count (never below zero): for imports and tools, not for voting."""

    id: int
    votes: int

    def apply(self, tx: Tx) -> Op:
        """Write the count; the inverse restores the old one."""
        table = tx.table("aufgaben")
        old = int(get_row(table, self.id, "Aufgabe").get("votes", 0) or 0)
        table.update({"votes": max(0, int(self.votes))}, doc_ids=[self.id])
        return SetVotes(self.id, old)


@dataclass(frozen=True, slots=True)
class DeleteAufgabe(Op):
    """Delete an Aufgabe and its entries into the Papierkorb; the list and the plan close the gap.

    A strict delete (an undo) also refuses when the Aufgabe's entries are not the ``entries`` it
    expects: it never takes away lines somebody else wrote into it. ``stamp`` (redo of a delete,
    undo of a restore) puts them back as the trash item they were.
    """

    TABLE = "aufgaben"
    id: int
    seen: int | None = None
    strict: bool = False
    entries: tuple[int, ...] | None = None
    stamp: Stamp | None = None

    def apply(self, tx: Tx) -> Op:
        """Move the rows into the trash; the inverse takes them out again."""
        table = tx.table("aufgaben")
        row = get_row(table, self.id, "Aufgabe")
        saw_current(row, self.seen, self.strict, row["text"])
        ids = aufgabe_ids(tx, row["workshop"])
        plan = plan_ids(tx, row["workshop"])
        entries = matching(tx.table("entries"), lambda r: r.get("aufgabe") == self.id)
        if self.entries is not None and sorted(e.doc_id for e in entries) != sorted(self.entries):
            raise ConflictError(t("error.conflict.entries_added", text=row["text"]))
        tx.table("entries").remove(doc_ids=[e.doc_id for e in entries])
        table.remove(doc_ids=[self.id])
        renumber(table, [i for i in ids if i != self.id])
        if self.id in plan:
            plan.remove(self.id)
            write_plan(tx, plan)
        kept = {e.doc_id: dict(e) for e in entries}
        item = put_in_trash(tx, "aufgabe", self.id, {"aufgaben": {self.id: dict(row)}, "entries": kept}, self.stamp)
        return RestoreAufgabe(self.id, dict(row), kept, trash=item)


@dataclass(frozen=True, slots=True)
class RestoreAufgabe(Op):
    """Put a deleted Aufgabe back at its place (list and plan), with its entries and ids.

    With ``trash``, the rows come out of that trash item.
    """

    id: int
    row: Row
    entries: dict[int, Row] = field(default_factory=dict)
    trash: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Insert the rows; the inverse deletes them again (only while nobody changed them)."""
        row, entries, stamp = self.row, self.entries, None
        if self.trash is not None:
            rows, stamp = take_from_trash(tx, self.trash, "aufgabe", self.id)
            row, entries = rows["aufgaben"][self.id], rows["entries"]
            require_parent(tx, "workshops", row["workshop"], row["text"])
        workshop = row["workshop"]
        get_row(tx.table("workshops"), workshop, "workshop")
        ids = aufgabe_ids(tx, workshop)
        aktion = row.get("aktion")
        plan = plan_ids(tx, workshop)
        insert_at(tx.table("aufgaben"), dict(row, aktion=None), tx.claim_id(self.id), ids, row.get("pos"))
        tx.table("entries").insert_multiple(  # one table write, not one per entry (see RestoreWorkshop)
            [Document(entry, doc_id=tx.claim_id(int(doc_id))) for doc_id, entry in entries.items()]
        )
        if isinstance(aktion, int):
            plan.insert(max(0, min(aktion - 1, len(plan))), self.id)
            write_plan(tx, plan)
        entry_ids = tuple(int(doc_id) for doc_id in entries)
        return DeleteAufgabe(self.id, seen=version(row), strict=True, entries=entry_ids, stamp=stamp)
