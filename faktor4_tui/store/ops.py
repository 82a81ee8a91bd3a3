"""Every change to a file as a named operation that returns its own inverse (for undo/redo)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from tinydb import Query, TinyDB
from tinydb.table import Document, Table

from faktor4_tui.model import SECTIONS, sanitize
from faktor4_tui.store.errors import NotFoundError, StoreError
from faktor4_tui.store.schema import HEADER


@dataclass(frozen=True)
class Op:
    """A change to apply: operation name plus JSON-able arguments."""

    name: str
    args: dict[str, Any] = field(default_factory=dict)


def op(_name: str, /, **args: Any) -> Op:
    """Shorthand constructor: ``op("add_entry", aufgabe=3, ...)``."""
    return Op(_name, args)


class Tx:
    """One locked transaction: a fresh TinyDB over freshly read data, and an id allocator."""

    def __init__(self, db: TinyDB, data: dict[str, Any]) -> None:
        self.db = db
        self.data = data
        self.created: list[int] = []

    def table(self, name: str) -> Table:
        """A TinyDB table of this transaction."""
        return self.db.table(name)

    def new_id(self) -> int:
        """Ids come from a file-wide counter, so they are unique and never reused."""
        header = self.data[HEADER]
        new = header["next_id"]
        header["next_id"] = new + 1
        self.created.append(new)
        return new

    def claim_id(self, wanted: int | None) -> int:
        """Reuse a given id (undo/redo restores the same row) or allocate a new one."""
        if wanted is None:
            return self.new_id()
        header = self.data[HEADER]
        header["next_id"] = max(header["next_id"], wanted + 1)
        return wanted


_OPS: dict[str, Callable[..., Op]] = {}


def _register(func: Callable[..., Op]) -> Callable[..., Op]:
    _OPS[func.__name__] = func
    return func


def apply(tx: Tx, change: Op) -> Op:
    """Apply one operation inside a transaction and return its inverse."""
    try:
        func = _OPS[change.name]
    except KeyError:
        raise StoreError(f"unknown operation {change.name!r}") from None
    return func(tx, **change.args)


def _clean(text: str, what: str) -> str:
    cleaned = sanitize(text)
    if not cleaned:
        raise StoreError(f"The {what} is empty; nothing was saved.")
    return cleaned


def _get(table: Table, doc_id: int, what: str) -> Document:
    row = table.get(doc_id=doc_id)
    if row is None:
        raise NotFoundError(f"The {what} ({doc_id}) no longer exists; another user may have deleted it.")
    return row  # type: ignore[return-value]


def _siblings(table: Table, key: str, parent: Any, extra: dict[str, Any] | None = None) -> list[Document]:
    wanted = [(key, parent), *(extra or {}).items()]

    def matches(row: dict[str, Any]) -> bool:
        # A plain predicate: TinyDB's Query objects cost ~3x more per row on big files.
        for name, value in wanted:
            if row.get(name) != value:
                return False
        return True

    return sorted(table.search(matches), key=lambda row: (row["pos"], row.doc_id))


def _renumber(table: Table, ordered_ids: list[int]) -> None:
    """Make positions dense (0..n-1) in the given order, touching only rows that change."""
    current = {row.doc_id: row["pos"] for row in table.get(doc_ids=ordered_ids) or []}
    for index, doc_id in enumerate(ordered_ids):
        if current.get(doc_id) != index:
            table.update({"pos": index}, doc_ids=[doc_id])


def _insert_at(table: Table, row: dict[str, Any], doc_id: int, ids: list[int], index: int | None) -> int:
    index = len(ids) if index is None else max(0, min(index, len(ids)))
    row = dict(row, pos=index)
    table.insert(Document(row, doc_id=doc_id))
    _renumber(table, ids[:index] + [doc_id] + ids[index:])
    return index


# --- event -----------------------------------------------------------------

_EVENT_TEXT = ("title", "forum", "dates")
_EVENT_LINES = ("goal", "agenda")


@_register
def set_event(tx: Tx, **fields: Any) -> Op:
    """Change event fields (title, forum, dates as text; goal, agenda as lists of lines)."""
    table = tx.table("event")
    row = table.get(doc_id=1) or {}
    old: dict[str, Any] = {}
    new: dict[str, Any] = {}
    for name, value in fields.items():
        if name in _EVENT_TEXT:
            new[name] = sanitize(str(value))
        elif name in _EVENT_LINES:
            new[name] = [line for line in (sanitize(str(v)) for v in value) if line]
        else:
            raise StoreError(f"The event has no field {name!r}.")
        old[name] = row.get(name, [] if name in _EVENT_LINES else "")
    if table.get(doc_id=1) is None:
        base = {"title": "", "forum": "", "dates": "", "goal": [], "agenda": []}
        table.insert(Document(dict(base, **new), doc_id=1))
    else:
        table.update(new, doc_ids=[1])
    return op("set_event", **old)


# --- workshops -------------------------------------------------------------


@_register
def add_workshop(tx: Tx, name: str, id: int | None = None, index: int | None = None) -> Op:
    """Add a workshop (at the end, or at index)."""
    table = tx.table("workshops")
    ids = [row.doc_id for row in sorted(table.all(), key=lambda r: (r["pos"], r.doc_id))]
    doc_id = tx.claim_id(id)
    _insert_at(table, {"name": _clean(name, "workshop name")}, doc_id, ids, index)
    return op("delete_workshop", id=doc_id)


@_register
def ensure_workshop(tx: Tx, name: str) -> Op:
    """Add a workshop unless one of that name (case-insensitive) exists: look and add in one lock."""
    wanted = _clean(name, "workshop name").casefold()
    if any(row["name"].casefold() == wanted for row in tx.table("workshops").all()):
        return op("batch", ops=[])
    return add_workshop(tx, name=name)


@_register
def rename_workshop(tx: Tx, id: int, name: str) -> Op:
    """Rename a workshop."""
    table = tx.table("workshops")
    old = _get(table, id, "workshop")["name"]
    table.update({"name": _clean(name, "workshop name")}, doc_ids=[id])
    return op("rename_workshop", id=id, name=old)


@_register
def delete_workshop(tx: Tx, id: int) -> Op:
    """Delete a workshop with all its Aufgaben and entries."""
    table = tx.table("workshops")
    row = _get(table, id, "workshop")
    ordered = [r.doc_id for r in sorted(table.all(), key=lambda r: (r["pos"], r.doc_id))]
    aufgaben = tx.table("aufgaben").search(Query().workshop == id)
    aufgabe_ids = {a.doc_id for a in aufgaben}
    entries = tx.table("entries").search(Query().aufgabe.test(lambda v: v in aufgabe_ids))
    tx.table("entries").remove(doc_ids=[e.doc_id for e in entries])
    tx.table("aufgaben").remove(doc_ids=list(aufgabe_ids))
    table.remove(doc_ids=[id])
    _renumber(table, [i for i in ordered if i != id])
    return op(
        "restore_workshop",
        id=id,
        row=dict(row),
        aufgaben={a.doc_id: dict(a) for a in aufgaben},
        entries={e.doc_id: dict(e) for e in entries},
    )


@_register
def restore_workshop(tx: Tx, id: int, row: dict, aufgaben: dict, entries: dict) -> Op:
    """Put a deleted workshop back where it was, with the same ids."""
    table = tx.table("workshops")
    ids = [r.doc_id for r in sorted(table.all(), key=lambda r: (r["pos"], r.doc_id))]
    _insert_at(table, row, tx.claim_id(id), ids, row.get("pos"))
    for doc_id, aufgabe in aufgaben.items():
        tx.table("aufgaben").insert(Document(aufgabe, doc_id=tx.claim_id(int(doc_id))))
    for doc_id, entry in entries.items():
        tx.table("entries").insert(Document(entry, doc_id=tx.claim_id(int(doc_id))))
    return op("delete_workshop", id=id)


# --- Aufgaben --------------------------------------------------------------


def _aufgabe_ids(tx: Tx, workshop: int) -> list[int]:
    return [row.doc_id for row in _siblings(tx.table("aufgaben"), "workshop", workshop)]


@_register
def add_aufgabe(tx: Tx, workshop: int, text: str, index: int | None = None, id: int | None = None) -> Op:
    """Add an Aufgabe to a workshop (at the end, or at index)."""
    _get(tx.table("workshops"), workshop, "workshop")
    ids = _aufgabe_ids(tx, workshop)
    doc_id = tx.claim_id(id)
    row = {"workshop": workshop, "text": _clean(text, "Aufgabe"), "aktion": None, "votes": 0}
    _insert_at(tx.table("aufgaben"), row, doc_id, ids, index)
    return op("delete_aufgabe", id=doc_id)


@_register
def edit_aufgabe(tx: Tx, id: int, text: str) -> Op:
    """Change an Aufgabe's text."""
    table = tx.table("aufgaben")
    old = _get(table, id, "Aufgabe")["text"]
    table.update({"text": _clean(text, "Aufgabe")}, doc_ids=[id])
    return op("edit_aufgabe", id=id, text=old)


@_register
def move_aufgabe(tx: Tx, id: int, index: int) -> Op:
    """Move an Aufgabe to a new list position."""
    row = _get(tx.table("aufgaben"), id, "Aufgabe")
    ids = _aufgabe_ids(tx, row["workshop"])
    old_index = ids.index(id)
    ids.remove(id)
    index = max(0, min(index, len(ids)))
    ids.insert(index, id)
    _renumber(tx.table("aufgaben"), ids)
    return op("move_aufgabe", id=id, index=old_index)


def _plan(tx: Tx, workshop: int) -> list[int]:
    rows = [r for r in tx.table("aufgaben").search(Query().workshop == workshop) if isinstance(r.get("aktion"), int)]
    return [r.doc_id for r in sorted(rows, key=lambda r: (r["aktion"], r.doc_id))]


def _write_plan(tx: Tx, plan: list[int]) -> None:
    table = tx.table("aufgaben")
    for number, doc_id in enumerate(plan, start=1):
        if table.get(doc_id=doc_id).get("aktion") != number:  # type: ignore[union-attr]
            table.update({"aktion": number}, doc_ids=[doc_id])


@_register
def set_aktion(tx: Tx, id: int, aktion: int | None) -> Op:
    """Put an Aufgabe into the Aktionsplan as Aktion ``aktion`` (1-based), or take it out (None)."""
    row = _get(tx.table("aufgaben"), id, "Aufgabe")
    plan = _plan(tx, row["workshop"])
    old = plan.index(id) + 1 if id in plan else None
    if id in plan:
        plan.remove(id)
    if aktion is None:
        tx.table("aufgaben").update({"aktion": None}, doc_ids=[id])
    else:
        plan.insert(max(0, min(aktion - 1, len(plan))), id)
    _write_plan(tx, plan)
    return op("set_aktion", id=id, aktion=old)


@_register
def toggle_aktion(tx: Tx, id: int) -> Op:
    """Append an Aufgabe to the Aktionsplan, or take it out if it is in."""
    row = _get(tx.table("aufgaben"), id, "Aufgabe")
    if isinstance(row.get("aktion"), int):
        return set_aktion(tx, id=id, aktion=None)
    return set_aktion(tx, id=id, aktion=len(_plan(tx, row["workshop"])) + 1)


@_register
def set_votes(tx: Tx, id: int, votes: int) -> Op:
    """Set an Aufgabe's dot-vote count (never below zero)."""
    table = tx.table("aufgaben")
    old = int(_get(table, id, "Aufgabe").get("votes", 0) or 0)
    table.update({"votes": max(0, int(votes))}, doc_ids=[id])
    return op("set_votes", id=id, votes=old)


@_register
def delete_aufgabe(tx: Tx, id: int) -> Op:
    """Delete an Aufgabe and its entries; the plan closes the gap."""
    table = tx.table("aufgaben")
    row = _get(table, id, "Aufgabe")
    ids = _aufgabe_ids(tx, row["workshop"])
    plan = _plan(tx, row["workshop"])
    entries = tx.table("entries").search(Query().aufgabe == id)
    tx.table("entries").remove(doc_ids=[e.doc_id for e in entries])
    table.remove(doc_ids=[id])
    _renumber(table, [i for i in ids if i != id])
    if id in plan:
        plan.remove(id)
        _write_plan(tx, plan)
    return op("restore_aufgabe", id=id, row=dict(row), entries={e.doc_id: dict(e) for e in entries})


@_register
def restore_aufgabe(tx: Tx, id: int, row: dict, entries: dict) -> Op:
    """Put a deleted Aufgabe back at its place (list and plan), with its entries and ids."""
    _get(tx.table("workshops"), row["workshop"], "workshop")
    ids = _aufgabe_ids(tx, row["workshop"])
    aktion = row.get("aktion")
    plan = _plan(tx, row["workshop"])
    _insert_at(tx.table("aufgaben"), dict(row, aktion=None), tx.claim_id(id), ids, row.get("pos"))
    for doc_id, entry in entries.items():
        tx.table("entries").insert(Document(entry, doc_id=tx.claim_id(int(doc_id))))
    if isinstance(aktion, int):
        plan.insert(max(0, min(aktion - 1, len(plan))), id)
        _write_plan(tx, plan)
    return op("delete_aufgabe", id=id)


# --- entries ---------------------------------------------------------------


def _entry_ids(tx: Tx, aufgabe: int, section: str) -> list[int]:
    rows = _siblings(tx.table("entries"), "aufgabe", aufgabe, {"section": section})
    return [row.doc_id for row in rows]


@_register
def add_entry(
    tx: Tx,
    aufgabe: int,
    section: str,
    text: str,
    index: int | None = None,
    note: bool = False,
    id: int | None = None,
) -> Op:
    """Add an entry to a section of an Aufgabe (at the end, or at index)."""
    if section not in SECTIONS:
        raise StoreError(f"Unknown section {section!r}; use one of {', '.join(SECTIONS)}.")
    _get(tx.table("aufgaben"), aufgabe, "Aufgabe")
    ids = _entry_ids(tx, aufgabe, section)
    doc_id = tx.claim_id(id)
    row = {"aufgabe": aufgabe, "section": section, "text": _clean(text, "entry"), "note": bool(note)}
    _insert_at(tx.table("entries"), row, doc_id, ids, index)
    return op("delete_entry", id=doc_id)


@_register
def edit_entry(tx: Tx, id: int, text: str) -> Op:
    """Change an entry's text."""
    table = tx.table("entries")
    old = _get(table, id, "entry")["text"]
    table.update({"text": _clean(text, "entry")}, doc_ids=[id])
    return op("edit_entry", id=id, text=old)


@_register
def set_note(tx: Tx, id: int, note: bool) -> Op:
    """Make an entry a numbered item (False) or an unnumbered note (True)."""
    table = tx.table("entries")
    old = bool(_get(table, id, "entry").get("note", False))
    table.update({"note": bool(note)}, doc_ids=[id])
    return op("set_note", id=id, note=old)


@_register
def move_entry(tx: Tx, id: int, index: int) -> Op:
    """Move an entry to a new position within its section."""
    row = _get(tx.table("entries"), id, "entry")
    ids = _entry_ids(tx, row["aufgabe"], row["section"])
    old_index = ids.index(id)
    ids.remove(id)
    ids.insert(max(0, min(index, len(ids))), id)
    _renumber(tx.table("entries"), ids)
    return op("move_entry", id=id, index=old_index)


@_register
def delete_entry(tx: Tx, id: int) -> Op:
    """Delete an entry; its siblings close the gap."""
    table = tx.table("entries")
    row = _get(table, id, "entry")
    ids = _entry_ids(tx, row["aufgabe"], row["section"])
    table.remove(doc_ids=[id])
    _renumber(table, [i for i in ids if i != id])
    return op("restore_entry", id=id, row=dict(row))


@_register
def restore_entry(tx: Tx, id: int, row: dict) -> Op:
    """Put a deleted entry back at its place with the same id."""
    _get(tx.table("aufgaben"), row["aufgabe"], "Aufgabe")
    ids = _entry_ids(tx, row["aufgabe"], row["section"])
    _insert_at(tx.table("entries"), row, tx.claim_id(id), ids, row.get("pos"))
    return op("delete_entry", id=id)


# --- several at once -------------------------------------------------------


@_register
def batch(tx: Tx, ops: list[Op]) -> Op:
    """Apply several operations as one undo step."""
    inverses = [apply(tx, change) for change in ops]
    return op("batch", ops=list(reversed(inverses)))
