"""Changes to an Aktion's Maßnahmenblatt (one field at a time) and to the event's Ausgangswert.

Like the event's text fields, each sheet field counts its own changes (``versions`` in the
Aufgabe's ``massnahme`` object), so a change to the Verantwortlich never collides with one to the
Status, nor with an edit of the Aufgabe's text. A change states the version it saw: a text someone
else changed since keeps both ("theirs / yours", the person is told); a number or a status changed
since is replaced by the later change, and the person is told what it was. Undo and redo are strict:
they never take back another person's change.
"""

from __future__ import annotations

from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

from tinydb.table import Document

from faktor4_tui.i18n import t
from faktor4_tui.model import MassnahmeField, sanitize
from faktor4_tui.model.massnahme import STATUSES, TEXT_FIELDS, format_tonnes, is_tonnes, stored_tonnes
from faktor4_tui.store.errors import ConflictError, StoreError
from faktor4_tui.store.ops.base import MAX_TEXT, Batch, Op, Row, Tx, get_row, too_long
from faktor4_tui.store.ops.event import EMPTY_EVENT, EVENT_ID
from faktor4_tui.store.schema import MASSNAHME

Value = str | float | None
"""A sheet field's value: text ("" empty), a THG number (None empty), a status key ("" none)."""


def _checked(name: MassnahmeField, value: Value) -> str | int | float | None:
    """The value as stored (texts sanitized; "" / None: the field is emptied); bad values refused."""
    if name == "thg":
        if value is None or value == "":
            return None
        if isinstance(value, str) or not is_tonnes(value):
            raise StoreError(t("massnahme.bad_number", text=value))
        return stored_tonnes(value)
    text = sanitize(str(value or ""))
    if name == "status":
        if text and text not in STATUSES:
            raise StoreError(t("massnahme.bad_status", text=text, choices=", ".join(STATUSES)))
        return text or None
    if len(text) > MAX_TEXT:
        raise too_long(len(text))
    return text or None


def _shown(name: str, value: Any) -> str:
    if value is None or value == "":
        return t("massnahme.empty")
    if name == "thg":
        return format_tonnes(float(value), t("number.decimal_mark"))
    return str(value)


def _write(sheet: Row, name: str, value: Any) -> None:
    if value is None:
        sheet.pop(name, None)
    else:
        sheet[name] = value


@dataclass(frozen=True, slots=True)
class SetMassnahme(Op):
    """Set one field of an Aufgabe's Maßnahmenblatt (``value`` "" or None empties it), stating the version it saw."""

    aufgabe: int
    name: MassnahmeField
    value: Value
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Write the field and count the change; the inverse writes the old value back."""
        table = tx.table("aufgaben")
        row = get_row(table, self.aufgabe, "Aufgabe")
        sheet: Row = dict(row.get(MASSNAHME) or {})
        versions: dict[str, int] = dict(sheet.get("versions", {}))
        current = versions.get(self.name, 0)
        theirs = sheet.get(self.name)
        value = _checked(self.name, self.value)
        if self.seen is not None and current != self.seen:
            if self.strict:
                raise ConflictError(t("error.conflict.changed", text=_shown(self.name, theirs)))
            if value == theirs:
                return Batch()
            if self.name in TEXT_FIELDS and theirs and value:
                tx.notices.append(t("conflict.kept_both_field", theirs=theirs))
                value = f"{theirs} / {value}"
            elif theirs is not None:
                tx.notices.append(t("conflict.replaced_field", theirs=_shown(self.name, theirs)))
        _write(sheet, self.name, value)
        versions[self.name] = current + 1
        sheet["versions"] = versions
        table.update({MASSNAHME: sheet}, doc_ids=[self.aufgabe])
        old: Value = theirs if not isinstance(theirs, int) else float(theirs)
        return SetMassnahme(self.aufgabe, self.name, old, current + 1, strict=True)


@dataclass(frozen=True, slots=True)
class SetAusgangswert(Op):
    """Set the event's baseline (t CO₂e per year; None empties it), stating the version it saw."""

    value: float | None
    seen: int | None = None
    strict: bool = False

    def apply(self, tx: Tx) -> Op:
        """Write the baseline and count the change; the inverse writes the old one back."""
        events = tx.table("event")
        found = events.get(doc_id=EVENT_ID)
        if not isinstance(found, Document):
            events.insert(Document(dict(EMPTY_EVENT), doc_id=EVENT_ID))
            found = events.get(doc_id=EVENT_ID)
        row: Row = dict(found) if isinstance(found, Document) else {}
        versions: dict[str, int] = dict(row.get("versions", {}))
        current = versions.get("ausgangswert", 0)
        theirs = row.get("ausgangswert")
        value = _checked("thg", self.value)
        if self.seen is not None and current != self.seen:
            if self.strict:
                raise ConflictError(t("error.conflict.changed", text=_shown("thg", theirs)))
            if value == theirs:
                return Batch()
            if theirs is not None:
                tx.notices.append(t("conflict.replaced_field", theirs=_shown("thg", theirs)))
        versions["ausgangswert"] = current + 1
        events.update({"versions": versions}, doc_ids=[EVENT_ID])
        if value is None:
            events.update(_drop_ausgangswert, doc_ids=[EVENT_ID])
        else:
            events.update({"ausgangswert": value}, doc_ids=[EVENT_ID])
        old = float(theirs) if isinstance(theirs, (int, float)) else None
        return SetAusgangswert(old, current + 1, strict=True)


def _drop_ausgangswert(row: MutableMapping[Any, Any]) -> None:
    row.pop("ausgangswert", None)
