"""Merging a room's file into the live forum file (``faktor4 merge ROOM.json --into FORUM.json``).

One ``MergeRoom`` per room file, all in one ``Batch``: one change under the file's lock, which
running apps and presentations follow like any other. Every row it writes keeps its origin in
``merged`` (schema.MERGED): the room file's identity, the room's row id, and checksums of the
text as the room had it and as the forum had it after that merge. Merging the same room file
again therefore compares three texts:

- the room did not change the line: the forum's line stays as it is (also if the forum changed it);
- only the room changed it: the forum's line takes the room's text;
- both changed it (differently): both are kept, the forum's in place and the room's right below,
  marked as a conflict — as when two people edit one line;
- an Aktion's Maßnahmenblatt: the room's fields fill those the forum has empty; a field the
  forum holds stays as the forum has it (the forum is where the sheet is finished);
- a line the forum deleted (its origin in the Papierkorb) stays deleted; lines the room deleted
  stay in the forum (a merge never deletes).

Rooms are matched by name (case-insensitive): a room the forum has gets the new lines at the end
of its lists, a room it lacks is added after the others. Aktionen new to the forum join the end
of the room's plan, in the room's plan order. The inverse takes the merge back as long as nobody
changed what it wrote (like every undo); rooms it added go to the Papierkorb.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, field

from tinydb.table import Document as TableRow

from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Workshop
from faktor4_tui.model.massnahme import FIELDS as MASSNAHME_FIELDS
from faktor4_tui.model.massnahme import massnahme_from_row, massnahme_row
from faktor4_tui.store.errors import ConflictError
from faktor4_tui.store.ops.aufgaben import (
    AddAufgabe,
    DeleteAufgabe,
    EditAufgabe,
    aufgabe_ids,
    plan_ids,
    write_plan,
)
from faktor4_tui.store.ops.base import Batch, Op, Row, Tx, clean, get_row, insert_at, matching
from faktor4_tui.store.ops.entries import AddEntry, DeleteEntry, EditEntry, entry_ids
from faktor4_tui.store.ops.massnahmen import SetMassnahme
from faktor4_tui.store.ops.workshops import DeleteWorkshop, same_name, workshop_ids
from faktor4_tui.store.schema import MASSNAHME, MERGED, TRASH

_WHAT = {"aufgaben": "Aufgabe", "entries": "entry"}


def text_sum(text: str) -> str:
    """The checksum a ``merged`` origin keeps of a text (16 hex digits)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def _link(file: str, row: int, source: str, here: str, aktion: bool | None = None) -> Row:
    link: Row = {"file": file, "row": row, "sum": text_sum(source), "here": text_sum(here)}
    if aktion is not None:
        link["aktion"] = aktion
    return link


@dataclass(frozen=True, slots=True)
class SetLink(Op):
    """Write (or, with None, remove) a row's ``merged`` origin; no version counts it (it is bookkeeping)."""

    table: str
    id: int
    link: Row | None

    def apply(self, tx: Tx) -> Op:
        """Set the origin; the inverse restores the old one."""
        table = tx.table(self.table)
        old = get_row(table, self.id, _WHAT[self.table]).get(MERGED)
        if self.link is None:
            table.update(lambda row: row.pop(MERGED, None), doc_ids=[self.id])
        else:
            table.update({MERGED: dict(self.link)}, doc_ids=[self.id])
        return SetLink(self.table, self.id, dict(old) if isinstance(old, dict) else None)


@dataclass(frozen=True, slots=True)
class SetPlan(Op):
    """Make a workshop's Aktionsplan exactly ``plan`` (Aufgabe ids in Aktion order).

    With ``expect`` (an undo) the plan must be that order now: a plan changed since is not taken back.
    """

    workshop: int
    plan: tuple[int, ...]
    expect: tuple[int, ...] | None = None

    def apply(self, tx: Tx) -> Op:
        """Write the plan; the inverse writes the old one back."""
        current = tuple(plan_ids(tx, self.workshop))
        if self.expect is not None and current != self.expect:
            name = get_row(tx.table("workshops"), self.workshop, "workshop")["name"]
            raise ConflictError(t("error.conflict.plan_changed", text=name))
        table = tx.table("aufgaben")
        dropped = [doc_id for doc_id in current if doc_id not in self.plan]
        if dropped:
            table.update({"aktion": None}, doc_ids=dropped)
        write_plan(tx, list(self.plan))
        return SetPlan(self.workshop, current, expect=self.plan)


@dataclass
class Tally:
    """What one merge did, for the sentence the command prints."""

    rooms_added: list[str] = field(default_factory=list)
    rooms_merged: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    kept_both: int = 0
    deleted_here: int = 0


@dataclass
class _Room:
    """One room being merged: where its rows go and what to take back."""

    workshop: int
    new: bool
    plan_before: tuple[int, ...]
    joins: list[tuple[int, int]] = field(default_factory=list)  # (the room's Aktion number, forum Aufgabe id)


def _linked(rows: list[TableRow], file: str) -> dict[int, TableRow]:
    """The forum's rows merged from ``file``, by the room's row id."""
    found: dict[int, TableRow] = {}
    for row in rows:
        link = row.get(MERGED)
        if isinstance(link, Mapping) and link.get("file") == file:
            found.setdefault(int(link["row"]), row)
    return found


_PARENT = {"aufgaben": "workshop", "entries": "aufgabe"}


def _trashed(tx: Tx, file: str) -> set[tuple[str, int, int]]:
    """(table, room row id, the forum parent it was in) of rows merged from ``file`` deleted here."""
    gone: set[tuple[str, int, int]] = set()
    for item in tx.table(TRASH).all():
        for table in _WHAT:
            for row in item.get(table, {}).values():
                link = row.get(MERGED)
                if isinstance(link, Mapping) and link.get("file") == file:
                    gone.add((table, int(link["row"]), int(row.get(_PARENT.get(table, ""), 0) or 0)))
    return gone


@dataclass(frozen=True, slots=True)
class MergeRoom(Op):
    """Merge the rooms of one file (``document``, identity ``file``, shown as ``label``) into this one."""

    file: str
    label: str
    document: Document

    def apply(self, tx: Tx) -> Op:
        """Add and update rows as the module says; the inverse takes it all back (see Batch)."""
        merger = _Merger(tx, self.file, self.label)
        for workshop in self.document.workshops:
            merger.room(workshop)
        tx.notices.append(merger.summary())
        return Batch(tuple(reversed(merger.inverses)))


class _Merger:
    """The work of one MergeRoom inside its transaction."""

    def __init__(self, tx: Tx, file: str, label: str) -> None:
        self.tx, self.file, self.label = tx, file, label
        self.inverses: list[Op] = []
        self.tally = Tally()
        self.aufgaben = _linked(matching(tx.table("aufgaben"), lambda row: MERGED in row), file)
        self.entries = _linked(matching(tx.table("entries"), lambda row: MERGED in row), file)
        self.gone = _trashed(tx, file)
        # The forum's list orders by parent, read once: TinyDB reads and rewrites a whole table on
        # every insert, so adding a big room row by row took minutes under the lock (quadratic).
        self._order: dict[tuple[str, object], list[int]] | None = None

    def _ids(self, table: str, parent: object) -> list[int]:
        """The ids under ``parent`` (a workshop; an (Aufgabe, section)) in list order, kept as rows are added."""
        if self._order is None:
            order: dict[tuple[str, object], list[tuple[int, int]]] = {}
            for doc_id, row in self.tx.data["aufgaben"].items():
                order.setdefault(("aufgaben", row["workshop"]), []).append((row["pos"], int(doc_id)))
            for doc_id, row in self.tx.data["entries"].items():
                order.setdefault(("entries", (row["aufgabe"], row["section"])), []).append((row["pos"], int(doc_id)))
            self._order = {key: [doc_id for _, doc_id in sorted(rows)] for key, rows in order.items()}
        return self._order.setdefault((table, parent), [])

    def _append(self, table: str, parent: object, row: Row, doc_id: int) -> TableRow:
        """Add ``row`` at the end of its list, straight into the transaction's data (one dict write)."""
        ids = self._ids(table, parent)
        stored = dict(row, pos=len(ids))
        self.tx.data[table][str(doc_id)] = stored
        ids.append(doc_id)
        return TableRow(stored, doc_id=doc_id)

    # --- rooms ---------------------------------------------------------------

    def _find_or_add(self, name: str) -> _Room:
        for row in self.tx.table("workshops").all():
            if same_name(row["name"], name):
                self.tally.rooms_merged.append(row["name"])
                return _Room(row.doc_id, False, tuple(plan_ids(self.tx, row.doc_id)))
        doc_id = self.tx.new_id()
        insert_at(
            self.tx.table("workshops"), {"name": clean(name, "workshop name")}, doc_id, workshop_ids(self.tx), None
        )
        self.tally.rooms_added.append(name)
        return _Room(doc_id, True, ())

    def room(self, workshop: Workshop) -> None:
        """Merge one room: its Aufgaben (with their entries), then its new Aktionen into the plan."""
        room = self._find_or_add(workshop.name)
        undo_at = len(self.inverses)
        for aufgabe in workshop.aufgaben:
            self._aufgabe(room, aufgabe)
        room.joins.sort()
        joining = [doc_id for _, doc_id in room.joins]
        if joining:
            plan = [doc_id for doc_id in plan_ids(self.tx, room.workshop) if doc_id not in joining]
            change = SetPlan(room.workshop, (*plan, *joining))
            inverse = change.apply(self.tx)
            if not room.new:
                self.inverses.append(inverse)
        if room.new:  # taken back whole (into the Papierkorb), after what the merge changed elsewhere
            aufgaben = tuple(aufgabe_ids(self.tx, room.workshop))
            self.inverses.insert(undo_at, DeleteWorkshop(room.workshop, seen=0, strict=True, aufgaben=aufgaben))

    # --- Aufgaben -------------------------------------------------------------

    def _aufgabe(self, room: _Room, aufgabe: Aufgabe) -> None:
        found = self.aufgaben.get(aufgabe.id)
        if found is not None and found["workshop"] != room.workshop:
            # Merged from this file into another room: a copy of that room's file, renamed. Its lines
            # are this room's own, added here; the other room's lines are not swapped for them.
            found = None
        if found is None:
            if ("aufgaben", aufgabe.id, room.workshop) in self.gone:
                self.tally.deleted_here += 1
                return
            self._add_aufgabe(room, aufgabe)
            return
        link = found[MERGED]
        self._reconcile("aufgaben", found, aufgabe.text, aktion=aufgabe.aktion is not None)
        joined_plan = aufgabe.aktion is not None and not link.get("aktion", False)
        if joined_plan and found["workshop"] == room.workshop and found.get("aktion") is None:
            room.joins.append((aufgabe.aktion or 0, found.doc_id))
        self._sheet(found, aufgabe)
        for section in SECTIONS:
            for entry in aufgabe.entries(section):
                self._entry(found.doc_id, section, entry)

    def _sheet(self, found: TableRow, aufgabe: Aufgabe) -> None:
        """The room's Maßnahmenblatt fills the forum's empty fields (a field the forum holds stays)."""
        here = massnahme_from_row(found.get(MASSNAHME))
        for name in MASSNAHME_FIELDS:
            value = aufgabe.massnahme.value(name)
            if value not in ("", None) and here.value(name) in ("", None):
                change = SetMassnahme(found.doc_id, name, value, here.version(name))
                self.inverses.append(change.apply(self.tx))
                self.tally.updated += 1

    def _add_aufgabe(self, room: _Room, aufgabe: Aufgabe) -> None:
        tx = self.tx
        doc_id = tx.new_id()
        text = clean(aufgabe.text, "Aufgabe")
        row: Row = {
            "workshop": room.workshop,
            "text": text,
            "aktion": None,
            "votes": max(0, aufgabe.votes),
            MERGED: _link(self.file, aufgabe.id, text, text, aktion=aufgabe.aktion is not None),
        }
        sheet = massnahme_row(aufgabe.massnahme)
        if sheet:
            row[MASSNAHME] = sheet
        self.aufgaben[aufgabe.id] = self._append("aufgaben", room.workshop, row, doc_id)
        self.tally.added += 1
        if aufgabe.aktion is not None:
            room.joins.append((aufgabe.aktion, doc_id))
        added: list[int] = []
        for section in SECTIONS:
            for entry in aufgabe.entries(section):
                if ("entries", entry.id, doc_id) not in self.gone:
                    added.append(self._insert_entry(doc_id, section, entry))
        if not room.new:  # a new room is taken back whole
            self.inverses.append(DeleteAufgabe(doc_id, seen=0, strict=True, entries=tuple(added)))

    # --- entries --------------------------------------------------------------

    def _insert_entry(self, aufgabe: int, section: str, entry: Entry) -> int:
        tx = self.tx
        doc_id = tx.new_id()
        text = clean(entry.text, "entry")
        row: Row = {
            "aufgabe": aufgabe,
            "section": section,
            "text": text,
            "note": bool(entry.note),
            MERGED: _link(self.file, entry.id, text, text),
        }
        self.entries[entry.id] = self._append("entries", (aufgabe, section), row, doc_id)
        self.tally.added += 1
        return doc_id

    def _entry(self, aufgabe: int, section: str, entry: Entry) -> None:
        found = self.entries.get(entry.id)
        if found is not None and found["aufgabe"] != aufgabe:  # merged into another Aufgabe: not this line
            found = None
        if found is not None:
            self._reconcile("entries", found, entry.text)
        elif ("entries", entry.id, aufgabe) in self.gone:
            self.tally.deleted_here += 1
        else:
            self.inverses.append(DeleteEntry(self._insert_entry(aufgabe, section, entry), seen=0, strict=True))

    # --- one line merged before -------------------------------------------------

    def _reconcile(self, table: str, row: TableRow, text: str, aktion: bool | None = None) -> None:
        """Compare the room's text, the forum's and the last merge's; update, keep both, or leave it."""
        tx, doc_id, link = self.tx, row.doc_id, row[MERGED]
        text = clean(text, _WHAT[table])
        here = row["text"]
        new_link = _link(self.file, int(link["row"]), text, here, aktion)
        if text_sum(text) == link["sum"] or text == here:
            pass  # the room did not change it (or both wrote the same): the forum's line stays
        elif text_sum(here) == link["here"]:  # only the room changed it
            if table == "aufgaben":
                self.inverses.append(EditAufgabe(doc_id, text, seen=int(row.get("v", 0))).apply(tx))
            else:
                self.inverses.append(EditEntry(doc_id, text, seen=int(row.get("v", 0))).apply(tx))
            new_link = _link(self.file, int(link["row"]), text, text, aktion)
            self.tally.updated += 1
        else:  # changed in both places: the forum's stays in place, the room's right below, marked
            tx.notices.append(t("merge.kept_both", here=_start(here), file=self.label, theirs=_start(text)))
            if table == "aufgaben":
                ids = aufgabe_ids(tx, row["workshop"])
                copy: Op = AddAufgabe(row["workshop"], text, ids.index(doc_id) + 1, conflict=True)
            else:
                ids = entry_ids(tx, row["aufgabe"], row["section"])
                index = ids.index(doc_id) + 1
                copy = AddEntry(row["aufgabe"], row["section"], text, index, bool(row.get("note")), conflict=True)
            self.inverses.append(copy.apply(tx))
            self._order = None  # a row put between others: the orders are read again when next needed
            self.tally.kept_both += 1
        if new_link != dict(link):
            self.inverses.append(SetLink(table, doc_id, new_link).apply(tx))

    def summary(self) -> str:
        """One sentence: which rooms, how many lines added, updated, kept twice, left deleted."""
        tally = self.tally
        rooms = [t("merge.room_new", name=name) for name in tally.rooms_added] + tally.rooms_merged
        counts = (
            ("merge.added", tally.added),
            ("merge.updated", tally.updated),
            ("merge.kept", tally.kept_both),
            ("merge.left_deleted", tally.deleted_here),
        )
        parts = [t(key, n=n) for key, n in counts if n] or [t("merge.nothing_new")]
        return t("merge.summary", file=self.label, rooms=", ".join(rooms) or "—", counts=", ".join(parts))


def _start(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
