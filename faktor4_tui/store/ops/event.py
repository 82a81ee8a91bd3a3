"""Changes to the event: title, forum, dates (text) and the Ziel/Ablauf lines."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from tinydb.table import Document

from faktor4_tui.model import sanitize
from faktor4_tui.store.ops.base import Op, Row, Tx

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
        old: dict[str, object] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if value is None:
                continue
            if isinstance(value, (tuple, list)):
                new[field.name] = [line for line in (sanitize(str(v)) for v in value) if line]
                old[field.name] = tuple(current.get(field.name, []))
            else:
                new[field.name] = sanitize(str(value))
                old[field.name] = current.get(field.name, "")
        if not isinstance(row, Document):
            table.insert(Document(dict(EMPTY_EVENT, **new), doc_id=EVENT_ID))
        else:
            table.update(new, doc_ids=[EVENT_ID])
        return replace(SetEvent(), **old)
