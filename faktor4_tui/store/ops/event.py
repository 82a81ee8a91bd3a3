"""Changes to the event: title, forum, dates (text) and the Ziel/Ablauf lines.

People change the event one field and one line at a time, stating what they saw (a field's
version, a line's text), so two people editing the event at once never undo each other's work.
``SetEvent`` writes whole fields at once: for new files and imports, not for people.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Literal

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.model import sanitize
from faktor4_tui.store.errors import ConflictError
from faktor4_tui.store.ops.base import Batch, Op, Row, Tx, clean, record_bump

EventText = Literal["title", "forum", "dates"]
EventLines = Literal["goal", "agenda"]
EVENT_ID = 1
EMPTY_EVENT: Row = {"title": "", "forum": "", "dates": "", "goal": [], "agenda": []}


@dataclass(frozen=True, slots=True)
class SetEvent(Op):
    """Change some event fields; a field left None stays as it is."""

    title: str | None = None
    forum: str | None = None
    dates: str | None = None
    goal: tuple[str, ...] | None = None
    agenda: tuple[str, ...] | None = None

    def apply(self, tx: Tx) -> Op:
        """Write the given fields (lines sanitized, empty lines dropped); the inverse restores them."""
        table = tx.table("event")
        row = table.get(doc_id=EVENT_ID)
        current: Row = dict(row) if isinstance(row, Document) else {}
        new: Row = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if isinstance(value, (tuple, list)):
                new[field.name] = [line for line in (sanitize(str(v)) for v in value) if line]
            elif value is not None:
                new[field.name] = sanitize(str(value))
        versions: dict[str, int] = dict(current.get("versions", {}))
        for name in ("title", "forum", "dates"):
            if name in new:
                versions[name] = versions.get(name, 0) + 1  # people's edits seen before this are stale
        new["versions"] = versions
        if not isinstance(row, Document):
            table.insert(Document(dict(EMPTY_EVENT, **new), doc_id=EVENT_ID))
        else:
            table.update(new, doc_ids=[EVENT_ID])
        return SetEvent(
            _old_text(current, new, "title"),
            _old_text(current, new, "forum"),
            _old_text(current, new, "dates"),
            _old_lines(current, new, "goal"),
            _old_lines(current, new, "agenda"),
        )


def _old_text(row: Row, changed: Row, name: str) -> str | None:
    """A changed text field's value before the change (None: not changed)."""
    return str(row.get(name, "")) if name in changed else None


def _old_lines(row: Row, changed: Row, name: str) -> tuple[str, ...] | None:
    """Changed lines as they were before the change (None: not changed)."""
    return tuple(str(line) for line in row.get(name, [])) if name in changed else None


def _event_row(tx: Tx) -> Row:
    row = tx.table("event").get(doc_id=EVENT_ID)
    if not isinstance(row, Document):
        tx.table("event").insert(Document(dict(EMPTY_EVENT), doc_id=EVENT_ID))
        return dict(EMPTY_EVENT)
    return dict(row)


@dataclass(frozen=True, slots=True)
class SetEventText(Op):
    """Change one text field of the event (title, forum, dates), stating the version it saw.

    If someone changed the field since, both texts stay: theirs first, yours after it, and the
    person is told; a strict change (undo, redo) refuses instead.
    """

    name: EventText
    text: str
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Write the field and count the change; the inverse writes the old text back."""
        row = _event_row(tx)
        versions: dict[str, int] = dict(row.get("versions", {}))
        current_version = versions.get(self.name, 0)
        theirs = str(row.get(self.name, ""))
        text = sanitize(self.text)
        if self.seen is not None and current_version != self.seen:
            if self.strict:
                raise ConflictError(t("error.conflict.changed", text=theirs))
            if text == theirs:
                return Batch()
            tx.notices.append(t("conflict.kept_both_field", theirs=theirs))
            text = f"{theirs} / {text}" if theirs else text
        versions[self.name] = current_version + 1
        table = tx.table("event")
        table.update({self.name: text, "versions": versions}, doc_ids=[EVENT_ID])
        record_bump(table, f"event:{self.name}", EVENT_ID, current_version, current_version + 1)
        return SetEventText(self.name, theirs, current_version + 1, strict=True)

    def row_key(self) -> tuple[str, int] | None:
        """The event field's own version."""
        return (f"event:{self.name}", EVENT_ID) if self.seen is not None else None


def _lines(tx: Tx, name: EventLines) -> list[str]:
    return [str(line) for line in _event_row(tx).get(name, [])]


def _find(lines: list[str], index: int, seen: str) -> int | None:
    """Where the line the person saw at ``index`` is now (others may have added lines above)."""
    if 0 <= index < len(lines) and lines[index] == seen:
        return index
    found = [i for i, line in enumerate(lines) if line == seen]
    return min(found, key=lambda i: abs(i - index)) if found else None


def _write_lines(tx: Tx, name: EventLines, lines: list[str]) -> None:
    tx.table("event").update({name: lines}, doc_ids=[EVENT_ID])


@dataclass(frozen=True, slots=True)
class AddLine(Op):
    """Add a Ziel or Ablauf line (at the end, or at ``index``)."""

    name: EventLines
    text: str
    index: int | None = None

    def apply(self, tx: Tx) -> Op:
        """Insert the line; the inverse removes it (only while it reads as it was added)."""
        lines = _lines(tx, self.name)
        text = clean(self.text, "entry")
        index = len(lines) if self.index is None else max(0, min(self.index, len(lines)))
        lines.insert(index, text)
        _write_lines(tx, self.name, lines)
        return DeleteLine(self.name, index, text, strict=True)


@dataclass(frozen=True, slots=True)
class EditLine(Op):
    """Change a Ziel or Ablauf line the person saw as ``seen`` at ``index``.

    If that line was changed or removed meanwhile, theirs stays and yours is added right below it.
    """

    name: EventLines
    index: int
    seen: str
    text: str
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Replace the line (or keep both); the inverse takes it back."""
        lines = _lines(tx, self.name)
        text = clean(self.text, "entry")
        found = _find(lines, self.index, self.seen)
        if found is None:
            if self.strict:
                raise ConflictError(t("error.conflict.changed", text=self.seen))
            tx.notices.append(t("conflict.kept_both_line", theirs=self.seen))
            return AddLine(self.name, text, min(self.index + 1, len(lines))).apply(tx)
        lines[found] = text
        _write_lines(tx, self.name, lines)
        return EditLine(self.name, found, text, self.seen, strict=True)


@dataclass(frozen=True, slots=True)
class DeleteLine(Op):
    """Remove a Ziel or Ablauf line the person saw as ``seen`` (never a line changed since)."""

    name: EventLines
    index: int
    seen: str
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Remove the line; the inverse puts it back."""
        lines = _lines(tx, self.name)
        found = _find(lines, self.index, self.seen)
        if found is None:
            if self.strict:
                raise ConflictError(t("error.conflict.changed", text=self.seen))
            tx.notices.append(t("conflict.not_deleted_line", theirs=self.seen))
            return Batch()
        del lines[found]
        _write_lines(tx, self.name, lines)
        return AddLine(self.name, self.seen, found)


@dataclass(frozen=True, slots=True)
class MoveLine(Op):
    """Move a Ziel or Ablauf line the person saw as ``seen`` at ``index`` to ``to``."""

    name: EventLines
    index: int
    seen: str
    to: int

    def apply(self, tx: Tx) -> Op:
        """Move the line (nothing if it changed meanwhile); the inverse moves it back."""
        lines = _lines(tx, self.name)
        found = _find(lines, self.index, self.seen)
        if found is None:
            return Batch()
        lines.pop(found)
        to = max(0, min(self.to, len(lines)))
        lines.insert(to, self.seen)
        _write_lines(tx, self.name, lines)
        return MoveLine(self.name, to, self.seen, found)
