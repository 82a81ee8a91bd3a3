"""The shape every change shares: an operation applied inside one locked transaction returns its inverse."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, ClassVar, cast

from tinydb import TinyDB
from tinydb.table import Document, Table

from faktor4_tui.i18n import t
from faktor4_tui.model import sanitize
from faktor4_tui.store.errors import ConflictError, NotFoundError, StoreError, TooLongError
from faktor4_tui.store.schema import HEADER

Row = dict[str, Any]
"""One raw table row as stored in the file (kept whole by deletes, for restoring)."""

Bumps = dict[tuple[str, int, int], int]
"""The versions one change moved on: (what, row id, version before) -> version after."""


class Tx:
    """One locked transaction: a fresh TinyDB over freshly read data, and an id allocator."""

    def __init__(self, db: TinyDB, data: dict[str, Any]) -> None:
        self.db = db
        self.data = data
        self.created: list[int] = []
        self.notices: list[str] = []  # what the person should hear (kept both versions of a text …)

    def table(self, name: str) -> Table:
        """A TinyDB table of this transaction."""
        return self.db.table(name)

    def new_id(self) -> int:
        """Ids come from a file-wide counter, so they are unique and never reused."""
        header = self.data[HEADER]
        new: int = header["next_id"]
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


class Op(ABC):
    """A change to a file; ``apply`` makes it inside a transaction and returns its inverse."""

    __slots__ = ()
    TABLE: ClassVar[str] = ""  # the table of the row an operation with ``id`` and ``seen`` states it saw

    @abstractmethod
    def apply(self, tx: Tx) -> Op:
        """Make the change in ``tx``; return the operation that takes it back."""

    def row_key(self) -> tuple[str, int] | None:
        """What this operation's ``seen`` is the version of (None: it states no version)."""
        doc_id, seen = getattr(self, "id", None), getattr(self, "seen", None)
        return (self.TABLE, doc_id) if self.TABLE and isinstance(doc_id, int) and isinstance(seen, int) else None

    def rebased(self, bumps: Bumps) -> Op:
        """This operation as if it had seen what the same person's later change made of its row.

        An undo step states the version its row had after the change; the person's own next
        change to that row (and its undo) moves the version on. Those are not someone else's
        work, so the step follows them (two edits, two undos: both are taken back).
        """
        key, seen = self.row_key(), getattr(self, "seen", None)
        if key is None or not isinstance(seen, int):
            return self
        after = bumps.get((key[0], key[1], seen))
        if after is None:
            return self
        moved: Op = replace(cast(Any, self), seen=after)  # every Op is a frozen dataclass
        return moved


@dataclass(frozen=True, slots=True)
class Batch(Op):
    """Several operations as one undo step (applied in order, undone in reverse)."""

    ops: tuple[Op, ...] = ()

    def apply(self, tx: Tx) -> Op:
        """Apply each operation; the inverse undoes them newest first."""
        return Batch(tuple(reversed([change.apply(tx) for change in self.ops])))

    def rebased(self, bumps: Bumps) -> Op:
        """Each operation rebased."""
        return Batch(tuple(change.rebased(bumps) for change in self.ops))


def _empty(what: str) -> str:
    if what == "Aufgabe":
        return t("error.empty.aufgabe")
    if what == "entry":
        return t("error.empty.entry")
    return t("error.empty.workshop_name")


def _gone(what: str, doc_id: int) -> str:
    if what == "Aufgabe":
        return t("error.gone.aufgabe", id=doc_id)
    if what == "entry":
        return t("error.gone.entry", id=doc_id)
    return t("error.gone.workshop", id=doc_id)


MAX_TEXT = 5_000
"""The longest text one Aufgabe, entry or name may have (characters): longer texts are refused
with a sentence, so no screen or slide has to lay out megabytes. Files written by other
programs with longer texts still open and show them whole."""


def too_long(length: int) -> TooLongError:
    """The refusal of a text of ``length`` characters (``Store`` words it again naming the file)."""
    return TooLongError(t("error.too_long", length=length, limit=MAX_TEXT), length, MAX_TEXT)


def clean(text: str, what: str) -> str:
    """User text as stored (sanitized); an empty or too long result is refused.

    ``what`` is "Aufgabe", "entry" or "workshop name": each has its own sentence in the catalogs.
    """
    cleaned = sanitize(text)
    if not cleaned:
        raise StoreError(_empty(what))
    if len(cleaned) > MAX_TEXT:
        raise too_long(len(cleaned))
    return cleaned


def get_row(table: Table, doc_id: int, what: str) -> Document:
    """The row ``doc_id`` of ``table``, or NotFoundError naming what is gone.

    ``what`` is "Aufgabe", "entry" or "workshop": each has its own sentence in the catalogs.
    """
    row = table.get(doc_id=doc_id)
    if not isinstance(row, Document):
        raise NotFoundError(_gone(what, doc_id))
    return row


def version(row: Mapping[str, Any]) -> int:
    """How often a row was changed (rows written before versions count as 0)."""
    return int(row.get("v", 0))


def saw_current(row: Mapping[str, Any], seen: int | None, strict: bool, text: str) -> bool:
    """True if the row is as the change saw it (``seen`` None: not asked).

    A strict change (an undo, a redo) refuses with ConflictError when someone changed the row since:
    it must never take back another person's work. ``text`` names the row in that sentence.
    """
    if seen is None or version(row) == seen:
        return True
    if strict:
        raise ConflictError(t("error.conflict.changed", text=_start(text)))
    return False


def update(table: Table, doc_id: int, row: Mapping[str, Any], changes: Row) -> int:
    """Change a row and count the change in its version; the new version."""
    new_version = version(row) + 1
    table.update({**changes, "v": new_version}, doc_ids=[doc_id])
    record_bump(table, table.name, doc_id, new_version - 1, new_version)
    return new_version


def record_bump(table: Table, what: str, doc_id: int, before: int, after: int) -> None:
    """Note that this transaction moved a version on (the store hands the list to the session)."""
    bumps = getattr(table.storage, "bumps", None)
    if isinstance(bumps, list):
        bumps.append((what, doc_id, before, after))


def chain(bumps: list[tuple[str, int, int, int]]) -> Bumps:
    """The bumps of one change as before -> final version (a row changed twice in it counts once)."""
    result: Bumps = {}
    for what, doc_id, before, after in bumps:
        for key, value in result.items():
            if key[:2] == (what, doc_id) and value == before:
                result[key] = after
        result.setdefault((what, doc_id, before), after)
    return result


def marked(row: Mapping[str, Any], changes: Row, conflict: bool) -> Row:
    """``changes`` plus the conflict mark, written only where it is set or was set before."""
    return {**changes, "conflict": conflict} if conflict or "conflict" in row else changes


def _start(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


@dataclass(frozen=True)
class TextEdit:
    """What a text edit found under the lock: the row, the cleaned text, and whether it may write."""

    row: Document
    text: str
    current: bool  # the row is as the person saw it: write; else keep both (unless the texts agree)


def begin_text_edit(tx: Tx, table: str, doc_id: int, what: str, text: str, seen: int | None, strict: bool) -> TextEdit:
    """Read the row to edit and compare it with what the person saw (a strict edit refuses instead)."""
    row = get_row(tx.table(table), doc_id, what)
    return TextEdit(row, clean(text, what), saw_current(row, seen, strict, row["text"]))


def write_text(tx: Tx, table: str, edit: TextEdit, conflict: bool) -> tuple[str, int, bool]:
    """Write the new text (and conflict mark); the old text, the new version and the old mark."""
    row = edit.row
    new_version = update(tx.table(table), row.doc_id, row, marked(row, {"text": edit.text}, conflict))
    return row["text"], new_version, bool(row.get("conflict", False))


def kept_both(tx: Tx, theirs: str) -> None:
    """Tell the person their text was kept below another's that changed meanwhile."""
    tx.notices.append(t("conflict.kept_both", theirs=_start(theirs)))


def ordered(rows: list[Document]) -> list[Document]:
    """Rows in list order (position, then id)."""
    return sorted(rows, key=lambda row: (row["pos"], row.doc_id))


class _Predicate:
    """A plain test as TinyDB's QueryLike: TinyDB's Query objects cost ~3x more per row on big files."""

    __slots__ = ("test",)

    def __init__(self, test: Callable[[Mapping[Any, Any]], bool]) -> None:
        self.test = test

    def __call__(self, value: Mapping[Any, Any]) -> bool:
        """True for the rows wanted."""
        return self.test(value)

    def __hash__(self) -> int:
        return id(self)

    def is_cacheable(self) -> bool:
        """TinyDB may not cache results of a test it cannot compare."""
        return False


def siblings(table: Table, key: str, parent: int, extra: Row | None = None) -> list[Document]:
    """The rows under one parent (``key == parent``, plus ``extra`` fields), in list order."""
    wanted = [(key, parent), *(extra or {}).items()]
    return ordered(matching(table, lambda row: all(row.get(name) == value for name, value in wanted)))


def renumber(table: Table, ordered_ids: list[int]) -> None:
    """Make positions dense (0..n-1) in the given order, touching only rows that change."""
    found = table.get(doc_ids=ordered_ids) or []
    current = {row.doc_id: row["pos"] for row in found if isinstance(row, Document)}
    for index, doc_id in enumerate(ordered_ids):
        if current.get(doc_id) != index:
            table.update({"pos": index}, doc_ids=[doc_id])


def insert_at(table: Table, row: Row, doc_id: int, ids: list[int], index: int | None) -> int:
    """Insert ``row`` as ``doc_id`` at ``index`` among ``ids`` (the end if None); the index used."""
    index = len(ids) if index is None else max(0, min(index, len(ids)))
    table.insert(Document(dict(row, pos=index), doc_id=doc_id))
    renumber(table, [*ids[:index], doc_id, *ids[index:]])
    return index


def matching(table: Table, test: Callable[[Mapping[Any, Any]], bool]) -> list[Document]:
    """Rows for which ``test`` holds (any order)."""
    return table.search(_Predicate(test))
