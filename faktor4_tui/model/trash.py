"""The Papierkorb as the model sees it: light items (what, where, when, by whom), newest first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

TrashKind = Literal["entry", "aufgabe", "workshop"]
"""What a trash item holds: an entry, an Aufgabe with its entries, or a workshop with everything in it."""

TRASH_KINDS: tuple[TrashKind, ...] = ("entry", "aufgabe", "workshop")


@dataclass(frozen=True)
class TrashItem:
    """One deleted thing kept whole in the file, described for a list (the rows stay in the store).

    ``row`` is the id of the deleted entry, Aufgabe or workshop (it comes back with it).
    ``workshop`` names the workshop it was in (empty for a workshop itself); for an entry,
    ``aufgabe`` is its Aufgabe's text, ``aufgabe_number`` that Aufgabe's number now (None while
    the Aufgabe is not in its workshop) and ``section`` its section; for an Aufgabe,
    ``aufgabe_number`` is the number it had. ``waits_for`` is the trash item holding its
    Aufgabe or workshop when that is in the Papierkorb too (restore that one first).
    """

    id: int
    kind: TrashKind
    row: int
    text: str
    deleted_at: str
    user: str = ""
    workshop: str = ""
    aufgabe: str = ""
    aufgabe_number: int | None = None
    section: str = ""
    aufgaben: int = 0
    entries: int = 0
    waits_for: int | None = None

    @property
    def deleted(self) -> datetime:
        """When it was deleted (aware; the file keeps ISO 8601 with the offset)."""
        return datetime.fromisoformat(self.deleted_at)


def newest_first(deleted_at: str, item_id: int) -> tuple[datetime, int]:
    """Sort key (use with ``reverse=True``): later deletions first, the later item first at the same time."""
    return datetime.fromisoformat(deleted_at), item_id


def excerpt(text: str, width: int = 40) -> str:
    """The start of a text for one line: at most ``width`` characters, "…" where it was cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
