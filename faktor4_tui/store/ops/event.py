"""Changes to the event: title, forum, dates (text) and the Ziel/Ablauf lines."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Literal

from tinydb.table import Document

from faktor4_tui.model import sanitize
from faktor4_tui.store.ops.base import Op, Row, Tx

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

    @staticmethod
    def text(name: EventText, value: str) -> SetEvent:
        """Change one text field of the event."""
        if name == "title":
            return SetEvent(title=value)
        return SetEvent(forum=value) if name == "forum" else SetEvent(dates=value)

    @staticmethod
    def lines(name: EventLines, lines: Sequence[str]) -> SetEvent:
        """Change the Ziel (goal) or Ablauf (agenda) lines."""
        return SetEvent(goal=tuple(lines)) if name == "goal" else SetEvent(agenda=tuple(lines))

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
