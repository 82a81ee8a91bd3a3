"""The Papierkorb's rows: a delete puts its rows in as one item, a restore takes the item out again.

A trash item is one row of the ``trash`` table: ``kind`` (entry, aufgabe, workshop), ``row``
(the id of the deleted row), ``deleted_at`` (ISO 8601 with offset), ``user`` (the OS user) and
the deleted rows whole, by table (``workshops``, ``aufgaben``, ``entries``), with their ids.
"""

from __future__ import annotations

import getpass
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.model import TrashKind
from faktor4_tui.model.trash import excerpt, newest_first
from faktor4_tui.store.errors import TrashError
from faktor4_tui.store.ops.base import Row, Tx
from faktor4_tui.store.schema import HEADER, TRASH

TRASHED_TABLES = ("workshops", "aufgaben", "entries")


@dataclass(frozen=True, slots=True)
class Stamp:
    """The trash item a delete fills and when and by whom: kept when undo/redo puts it back."""

    item: int
    deleted_at: str
    user: str


def deleted_by() -> str:
    """The OS user name of this process ("" if there is none to be found)."""
    try:
        import pwd

        return pwd.getpwuid(os.geteuid()).pw_name
    except (ImportError, KeyError, AttributeError):
        try:
            return getpass.getuser()
        except (OSError, KeyError, ImportError):
            return ""


def _fresh_stamp(tx: Tx) -> Stamp:
    """A new item id from the file-wide counter (never reused), now, this user."""
    header = tx.data[HEADER]
    item: int = header["next_id"]
    header["next_id"] = item + 1
    return Stamp(item, datetime.now().astimezone().isoformat(timespec="seconds"), deleted_by())


def put_in_trash(tx: Tx, kind: TrashKind, row_id: int, rows: dict[str, dict[int, Row]], stamp: Stamp | None) -> int:
    """Keep deleted rows (by table, with their ids) as one trash item; its id."""
    stamp = stamp or _fresh_stamp(tx)
    header = tx.data[HEADER]
    header["next_id"] = max(header["next_id"], stamp.item + 1)
    item: dict[str, Any] = {"kind": kind, "row": row_id, "deleted_at": stamp.deleted_at, "user": stamp.user}
    for table in TRASHED_TABLES:
        item[table] = {str(doc_id): dict(row) for doc_id, row in sorted(rows.get(table, {}).items())}
    tx.table(TRASH).insert(Document(item, doc_id=stamp.item))
    return stamp.item


def take_from_trash(tx: Tx, item_id: int, kind: TrashKind, row_id: int) -> tuple[dict[str, dict[int, Row]], Stamp]:
    """Take an item out of the trash: its rows by table (int ids) and its stamp; a sentence if it is not there."""
    table = tx.table(TRASH)
    item = table.get(doc_id=item_id)
    if not isinstance(item, Document) or item.get("kind") != kind or item.get("row") != row_id:
        raise TrashError(t("error.trash.gone"))
    table.remove(doc_ids=[item_id])
    rows = {name: {int(doc_id): dict(row) for doc_id, row in item[name].items()} for name in TRASHED_TABLES}
    return rows, Stamp(item_id, item["deleted_at"], item.get("user", ""))


def trash_number(tx: Tx, item_id: int) -> int:
    """The item's number in the Papierkorb as listed (1 = the newest), as ``faktor4 trash`` shows it."""
    items = tx.table(TRASH).all()
    items.sort(key=lambda item: newest_first(item["deleted_at"], item.doc_id), reverse=True)
    return next(index for index, item in enumerate(items, start=1) if item.doc_id == item_id)


def require_parent(tx: Tx, table: str, parent_id: int, text: str) -> None:
    """Refuse to restore a row whose Aufgabe (``table`` "aufgaben") or workshop is not there.

    The sentence names what to restore first when that parent lies in the Papierkorb itself.
    """
    if tx.table(table).get(doc_id=parent_id) is not None:
        return
    what = "aufgabe" if table == "aufgaben" else "workshop"
    for item in tx.table(TRASH).all():
        parent = item[table].get(str(parent_id))
        if parent is not None:
            name = parent["text"] if table == "aufgaben" else parent["name"]
            number = trash_number(tx, item.doc_id)
            raise TrashError(t(f"error.trash.{what}_first", text=excerpt(text), parent=excerpt(name), n=number))
    raise TrashError(t(f"error.trash.{what}_gone", text=excerpt(text)))
