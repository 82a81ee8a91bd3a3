"""The on-disk shape: validation, migration and conversion to the pure model."""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import Any, TypeGuard

from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, STATUSES, TRASH_KINDS, sanitize
from faktor4_tui.model.massnahme import FIELDS as MASSNAHME_FIELDS
from faktor4_tui.model.massnahme import TEXT_FIELDS as MASSNAHME_TEXTS
from faktor4_tui.model.massnahme import is_tonnes
from faktor4_tui.store.errors import InvalidFileError

SCHEMA_VERSION = 2
HEADER = "faktor4"
FILE_ID = "file_id"
"""The header's optional identity of a file: random, written when the file is created (older files
get one on their first save). A different file put in place of one has another (see ``same_file``)."""
TABLES = ("event", "workshops", "aufgaben", "entries")
TRASH = "trash"
"""The Papierkorb: one row per deleted thing, holding its rows whole (see ``_check_trash``)."""

# Required fields and their types per table; anything else is kept untouched.
_FIELDS: dict[str, dict[str, type | tuple[type, ...]]] = {
    "event": {"title": str, "forum": str, "dates": str, "goal": list, "agenda": list},
    "workshops": {"name": str, "pos": int},
    "aufgaben": {"workshop": int, "pos": int, "text": str},
    "entries": {"aufgabe": int, "section": str, "pos": int, "text": str},
}


# Optional fields: a check per table and field, and the catalog key of the error's phrase.
def _is_version(value: object) -> bool:
    return _is_int(value) and value >= 0


_EVENT_TEXT_FIELDS = ("title", "forum", "dates")
_EVENT_VERSIONED = (*_EVENT_TEXT_FIELDS, "ausgangswert")
MASSNAHME = "massnahme"
"""An Aufgabe's Maßnahmenblatt: an object holding any of the sheet's fields (texts, ``thg`` a number
≥ 0, ``status`` one of STATUSES) and ``versions``, per field how often it was changed."""
_MASSNAHME_KEYS = frozenset((*MASSNAHME_FIELDS, "versions"))


def _is_massnahme(value: object) -> bool:
    """True for a well-formed Maßnahmenblatt (see MASSNAHME)."""
    if not isinstance(value, dict) or not value.keys() <= _MASSNAHME_KEYS:
        return False
    versions = value.get("versions", {})
    return (
        all(isinstance(value.get(name, ""), str) for name in MASSNAHME_TEXTS)
        and ("thg" not in value or is_tonnes(value["thg"]))
        and value.get("status", "geplant") in STATUSES
        and isinstance(versions, dict)
        and all(name in MASSNAHME_FIELDS and _is_version(count) for name, count in versions.items())
    )


def _is_plain_massnahme(value: object) -> bool:
    """A well-formed Maßnahmenblatt whose texts need no sanitizing (the fast path's case)."""
    if not isinstance(value, dict) or not _is_massnahme(value):
        return False
    return not any(_needs_sanitize(value[name]) for name in MASSNAHME_TEXTS if name in value)


MERGED = "merged"
"""A row's origin from ``faktor4 merge --into``: the source file's identity (``file``), the source row's
id (``row``), checksums of the text as the source had it and as this file had it after that merge
(``sum``, ``here``: 16 hex digits) and, for Aufgaben, whether it was an Aktion in the source (``aktion``)."""
_LINK_KEYS = frozenset(("file", "row", "sum", "here"))
_SUM = re.compile("[0-9a-f]{16}").fullmatch


def _is_link(value: object) -> bool:
    """True for a well-formed ``merged`` origin (see MERGED)."""
    if not isinstance(value, dict) or not _LINK_KEYS <= value.keys() <= _LINK_KEYS | {"aktion"}:
        return False
    file, row, sums = value["file"], value["row"], (value["sum"], value["here"])
    return (
        isinstance(file, str)
        and 0 < len(file) <= 100
        and _is_int(row)
        and row >= 1
        and all(isinstance(item, str) and _SUM(item) is not None for item in sums)
        and isinstance(value.get("aktion", False), bool)
    )


_OPTIONAL: dict[str, dict[str, tuple[Any, str]]] = {
    "event": {
        "versions": (
            lambda v: isinstance(v, dict) and all(k in _EVENT_VERSIONED and _is_version(n) for k, n in v.items()),
            "error.why.invalid_version",
        ),
        "ausgangswert": (is_tonnes, "error.why.invalid_ausgangswert"),
    },
    "workshops": {"v": (_is_version, "error.why.invalid_version")},
    "aufgaben": {
        "v": (_is_version, "error.why.invalid_version"),
        "conflict": (lambda v: isinstance(v, bool), "error.why.invalid_conflict"),
        "aktion": (lambda v: v is None or (_is_int(v) and v >= 1), "error.why.invalid_aktion"),
        "votes": (lambda v: _is_int(v) and v >= 0, "error.why.invalid_votes"),
        "origin": (lambda v: isinstance(v, str), "error.why.invalid_origin"),
        MERGED: (_is_link, "error.why.invalid_merged"),
        MASSNAHME: (_is_massnahme, "error.why.invalid_massnahme"),
    },
    "entries": {
        "v": (_is_version, "error.why.invalid_version"),
        "conflict": (lambda v: isinstance(v, bool), "error.why.invalid_conflict"),
        "note": (lambda v: isinstance(v, bool), "error.why.invalid_note"),
        "origin": (lambda v: isinstance(v, str), "error.why.invalid_origin"),
        MERGED: (_is_link, "error.why.invalid_merged"),
    },
}


# Texts that sanitize() would change: unsafe characters, or space at either end. One regex
# search per text keeps clean files on the fast path.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]").search


def _needs_sanitize(text: str) -> bool:
    return text.strip() is not text or _UNSAFE(text) is not None


_TEXT_FIELDS = frozenset(("name", "text", "title", "forum", "dates"))
_SECTION_SET = frozenset(SECTIONS)


# The common case of the two big tables as one expression per row: exact JSON types, a known
# section, texts that need no sanitizing. A row that fails it is checked (and sanitized) field
# by field, so this only saves time: it accepts nothing the full check would refuse or change.
_PLAIN: dict[str, Any] = {
    "entries": lambda row: (
        type(row.get("aufgabe")) is int
        and type(row.get("pos")) is int
        and type(text := row.get("text")) is str
        and text.strip() is text
        and _UNSAFE(text) is None
        and type(row.get("section")) is str
        and row["section"] in _SECTION_SET
        and type(row.get("note", False)) is bool
        and type(row.get("origin", "")) is str
        and type(version := row.get("v", 0)) is int
        and version >= 0
        and type(row.get("conflict", False)) is bool
        and (MERGED not in row or _is_link(row[MERGED]))
    ),
    "aufgaben": lambda row: (
        type(row.get("workshop")) is int
        and type(row.get("pos")) is int
        and type(text := row.get("text")) is str
        and text.strip() is text
        and _UNSAFE(text) is None
        and ((aktion := row.get("aktion")) is None or (type(aktion) is int and aktion >= 1))
        and type(votes := row.get("votes", 0)) is int
        and votes >= 0
        and type(row.get("origin", "")) is str
        and type(version := row.get("v", 0)) is int
        and version >= 0
        and type(row.get("conflict", False)) is bool
        and (MERGED not in row or _is_link(row[MERGED]))
        and (MASSNAHME not in row or _is_plain_massnahme(row[MASSNAHME]))
    ),
}


def _has_type(value: object, kind: type | tuple[type, ...]) -> bool:
    """True if ``value`` is of ``kind`` (a JSON bool is never a number)."""
    return isinstance(value, kind) and not isinstance(value, bool)


def _is_int(value: object) -> TypeGuard[int]:
    return isinstance(value, int) and not isinstance(value, bool)


def empty_data() -> dict[str, Any]:
    """The raw content of a new file: an empty event, no workshops."""
    return {
        HEADER: {"schema": SCHEMA_VERSION, "revision": 0, "next_id": 2},
        "event": {"1": {"title": "", "forum": "", "dates": "", "goal": [], "agenda": []}},
        "workshops": {},
        "aufgaben": {},
        "entries": {},
        TRASH: {},
    }


def new_file_id() -> str:
    """A fresh random identity for a new file."""
    return uuid.uuid4().hex


def _bad(path: Path, why: str) -> InvalidFileError:
    return InvalidFileError(t("error.not_faktor4", path=path, why=why))


def needs_migration(data: Any) -> bool:
    """True if raw data carries an older (known) schema version that ``migrate`` will bring forward."""
    header = data.get(HEADER) if isinstance(data, dict) else None
    version = header.get("schema") if isinstance(header, dict) else None
    return _is_int(version) and 0 <= version < SCHEMA_VERSION


def migrate(data: dict[str, Any], path: Path) -> bool:
    """Bring older schema versions up to date in place; True if anything changed.

    Schema 0 is what the pre-release wrote: the same tables, but a header holding only
    ``{"schema": 0}``. Its ids were TinyDB's per-table counters, so the file-wide
    ``next_id`` is computed above every id in use; the revision starts at 0.
    Schema 1 had no Papierkorb: schema 2 adds the empty ``trash`` table.
    """
    header = data.get(HEADER)
    if not isinstance(header, dict) or not _is_int(header.get("schema")):
        raise _bad(path, t("error.why.no_header", header=HEADER))
    version = header["schema"]
    if version > SCHEMA_VERSION:
        raise InvalidFileError(t("error.newer_schema", path=path, version=version, supported=SCHEMA_VERSION))
    if version < 0:
        raise _bad(path, t("error.why.unknown_schema", version=version))
    if version == SCHEMA_VERSION:
        return False
    if version == 0:
        ids = [1]
        for table in TABLES:
            rows = data.get(table)
            if isinstance(rows, dict):
                ids += [
                    int(key)
                    for key in rows
                    if isinstance(key, str) and key.isascii() and key.isdigit() and len(key) < 20
                ]
        header.setdefault("revision", 0)
        header["next_id"] = _one_id_each(data, max(ids) + 1)
    data.setdefault(TRASH, {})
    header["schema"] = SCHEMA_VERSION
    return True


# Which field of a row names a row of which table (what a new id of that row must be followed into).
_PARENTS = (("aufgaben", "workshop", "workshops"), ("entries", "aufgabe", "aufgaben"))


def _one_id_each(data: dict[str, Any], next_id: int) -> int:
    """Give every row an id no other table uses (schema 0 counted per table); returns the new counter.

    The first table holding an id keeps it; a later one's row gets the next free id, and the rows
    naming it (an Aufgabe's workshop, an entry's Aufgabe) follow. A Papierkorb would otherwise
    find one id twice and refuse the file after the first delete.
    """
    seen: set[str] = set()
    moved: dict[str, dict[int, int]] = {}
    for table in TABLES:
        rows = data.get(table)
        if not isinstance(rows, dict):
            continue
        renamed: dict[str, Any] = {}
        for doc_id, row in rows.items():
            if doc_id in seen and doc_id.isascii() and doc_id.isdigit() and len(doc_id) < 20:
                moved.setdefault(table, {})[int(doc_id)] = next_id
                doc_id, next_id = str(next_id), next_id + 1
            seen.add(doc_id)
            renamed[doc_id] = row
        data[table] = renamed
    for table, field, parent in _PARENTS:
        new_ids = moved.get(parent, {})
        for row in data.get(table, {}).values() if new_ids and isinstance(data.get(table), dict) else ():
            if isinstance(row, dict) and _is_int(row.get(field)) and row[field] in new_ids:
                row[field] = new_ids[row[field]]
    return next_id


def validate(data: Any, path: Path) -> dict[str, Any]:
    """Check the shape of raw data; raise InvalidFileError with the first problem found."""
    if not isinstance(data, dict):
        raise _bad(path, t("error.why.top_level"))
    migrate(data, path)
    _check_header(data, path)
    for table in TABLES:
        _check_rows(_table(data, table, path), table, table, path)
    _check_ids(data, path)
    _check_trash(data, path)
    return data


def validate_changes(data: dict[str, Any], changed: dict[str, set[str]], old: dict[str, Any], path: Path) -> None:
    """``validate`` for data read again where only the rows ``changed`` names differ from ``old``'s.

    ``old`` was validated; its rows that are still there are the very same objects (``delta.read``).
    Checks what ``validate`` checks of the changed rows, and of the rest only what the change could
    break: the header, the id counter, and the Papierkorb against new ids. Raises InvalidFileError
    (the caller then validates the whole file, which names the first problem as always).
    """
    header = data.get(HEADER)
    if not isinstance(header, dict) or not _is_int(schema := header.get("schema")) or schema != SCHEMA_VERSION:
        raise _bad(path, t("error.why.no_header", header=HEADER))  # an older or newer file: read whole
    _check_header(data, path)
    next_id = header["next_id"]
    added: list[int] = []
    for table in TABLES:
        rows = _table(data, table, path)
        ids = [doc_id for doc_id in changed.get(table, ()) if doc_id in rows]
        _check_rows({doc_id: rows[doc_id] for doc_id in ids}, table, table, path)
        for doc_id in ids:
            _check_id(doc_id, table, next_id, path)
            if other := next((name for name in TABLES if name != table and doc_id in data[name]), None):
                raise _bad(path, t("error.why.id_two_tables", row=doc_id, table=other, other=table))
            added.append(int(doc_id))
    lowered = next_id < old[HEADER]["next_id"]
    if lowered:  # a counter that went back: every id must still lie below it
        _check_ids(data, path)
    if lowered or changed.get(TRASH) or not isinstance(data.get(TRASH), dict):
        _check_trash(data, path)
    elif added and data[TRASH]:
        _check_trash_ids(data[TRASH], added, path)


def _check_header(data: dict[str, Any], path: Path) -> None:
    header = data[HEADER]
    for key in ("revision", "next_id"):
        if not isinstance(header.get(key), int) or isinstance(header.get(key), bool):
            raise _bad(path, t("error.why.header_field", name=key))
        if header[key] < 0:
            raise _bad(path, t("error.why.header_negative", name=key))
    if FILE_ID in header and not (isinstance(header[FILE_ID], str) and header[FILE_ID]):
        raise _bad(path, t("error.why.file_id", name=FILE_ID))


def _table(data: dict[str, Any], table: str, path: Path) -> dict[str, Any]:
    rows = data.get(table)
    if not isinstance(rows, dict):
        if table in data:
            raise _bad(path, t("error.why.table_not_object", table=table))
        raise _bad(path, t("error.why.table_missing", table=table))
    return rows


def _check_trash_ids(items: dict[str, Any], added: list[int], path: Path) -> None:
    """Ids just given to rows are none the Papierkorb holds (which was checked whole before)."""
    held = {int(doc_id) for doc_id in items}
    held.update(int(key) for item in items.values() for table in _TRASHED for key in item[table])
    for number in added:
        if number in held:
            raise _bad(path, t("error.why.trash_id_twice", row=number, id=number))


def _check_ids(data: dict[str, Any], path: Path) -> None:
    """Every id is written one way only ("12", never "012") and lies below the file's ``next_id``.

    A counter at or below an id would hand out that id again (two rows, one id); "12" and "012"
    would be two rows that are one number to every table.
    """
    next_id = data[HEADER]["next_id"]
    if _ids_fine(data, next_id):
        return
    seen: dict[str, str] = {}  # id -> its table: an id is the file's, not a table's
    for table in TABLES:
        for doc_id in data[table]:
            _check_id(doc_id, table, next_id, path)
            if (other := seen.setdefault(doc_id, table)) != table:
                raise _bad(path, t("error.why.id_two_tables", row=doc_id, table=other, other=table))


def _ids_fine(data: dict[str, Any], next_id: int) -> bool:
    """True if every id passes ``_check_id`` and none is in two tables: the common case, tested in
    C loops (a fifth of reading 20,000 entries was the per-id loop). False: the loop names the problem."""
    ids = list(chain.from_iterable(data[table] for table in TABLES))
    if not ids:
        return True
    if max(map(len, ids)) > len(str(next_id)):
        return False
    try:
        numbers = list(map(int, ids))
    except ValueError:
        return False
    return (
        list(map(str, numbers)) == ids  # written one way: no "012", no "+1", no " 1"
        and min(numbers) >= 1
        and max(numbers) < next_id
        and len(set(numbers)) == len(numbers)
    )


def _check_id(doc_id: str, table: str, next_id: int, path: Path) -> None:
    """One row id (ASCII digits, checked before): written one way, and below the counter."""
    if len(doc_id) > len(str(next_id)):  # a number of thousands of digits is no int() for Python
        raise _bad(path, t("error.why.id_counter", row=doc_id[:20] + "…", table=table, next_id=next_id))
    if doc_id != str(int(doc_id)) or doc_id == "0":
        raise _bad(path, t("error.why.id_form", row=doc_id, table=table))
    if int(doc_id) >= next_id:
        raise _bad(path, t("error.why.id_counter", row=doc_id, table=table, next_id=next_id))


def _check_rows(rows: dict[str, Any], table: str, where: str, path: Path) -> None:
    """Check (and sanitize) the rows of one table; ``where`` names the table in a refusal."""
    fields = _FIELDS[table]
    optional = _OPTIONAL.get(table, {})
    plain = _PLAIN.get(table)
    for doc_id, row in rows.items():
        if plain is not None and type(row) is dict and plain(row) and doc_id.isascii() and doc_id.isdigit():
            continue
        if not (doc_id.isascii() and doc_id.isdigit()) or not isinstance(row, dict):
            raise _bad(path, t("error.why.row_malformed", row=doc_id, table=where))
        for name, kind in fields.items():
            value: Any = row.get(name)
            if not _has_type(value, kind):
                raise _bad(path, t("error.why.row_field", row=doc_id, table=where, field=name))
            if name in _TEXT_FIELDS:
                if _needs_sanitize(value):  # another program wrote it: strip as a save would
                    row[name] = sanitize(value)
            elif kind is list:
                if not all(isinstance(line, str) for line in value):
                    raise _bad(path, t("error.why.row_lines", row=doc_id, table=where, field=name))
                if any(map(_needs_sanitize, value)):
                    row[name] = [sanitize(line) for line in value]
        for name, (check, why) in optional.items():
            if name in row and not check(row[name]):
                raise _bad(path, t(why, row=doc_id, table=where))
        sheet = row.get(MASSNAHME) if table == "aufgaben" else None
        if sheet is not None and not _is_plain_massnahme(sheet):  # another program wrote it: strip as a save would
            for name in MASSNAHME_TEXTS:
                if name in sheet:
                    sheet[name] = sanitize(sheet[name])
    if table == "entries":
        for doc_id, row in rows.items():
            if row["section"] not in _SECTION_SET:
                raise _bad(path, t("error.why.unknown_section", row=doc_id, section=row["section"]))


# The tables a trash item holds rows of, and the table of its main row per kind.
_TRASHED = ("workshops", "aufgaben", "entries")
_MAIN_TABLE: dict[str, str] = {"entry": "entries", "aufgabe": "aufgaben", "workshop": "workshops"}


def _aware_time(value: object) -> bool:
    """True for an ISO 8601 time with its UTC offset (how a delete stamps its trash item)."""
    if not isinstance(value, str):
        return False
    try:
        return datetime.fromisoformat(value).utcoffset() is not None
    except ValueError:
        return False


def _fits_kind(item: dict[str, Any]) -> bool:
    """True if a trash item holds exactly what its kind says: the main row and what belongs to it."""
    kind, main = item["kind"], item["row"]
    workshops, aufgaben, entries = (item[table] for table in _TRASHED)
    if list(item[_MAIN_TABLE[kind]]) != [str(main)]:
        return False
    if kind == "entry":
        return not workshops and not aufgaben
    if kind == "aufgabe":
        return not workshops and all(row["aufgabe"] == main for row in entries.values())
    inside = {int(doc_id) for doc_id in aufgaben}
    return all(row["workshop"] == main for row in aufgaben.values()) and all(
        row["aufgabe"] in inside for row in entries.values()
    )


def _check_trash(data: dict[str, Any], path: Path) -> None:
    """Check the Papierkorb as strictly as the other tables: each item, its rows, and their ids."""
    items = data.get(TRASH)
    if not isinstance(items, dict):
        if TRASH in data:
            raise _bad(path, t("error.why.table_not_object", table=TRASH))
        raise _bad(path, t("error.why.table_missing", table=TRASH))
    if not items:
        return
    taken = {int(doc_id) for table in TABLES for doc_id in data[table] if doc_id.isascii() and doc_id.isdigit()}
    next_id = data[HEADER]["next_id"]
    for doc_id, item in items.items():
        if not (doc_id.isascii() and doc_id.isdigit()) or not isinstance(item, dict):
            raise _bad(path, t("error.why.row_malformed", row=doc_id, table=TRASH))
        for key in [doc_id, *(key for table in _TRASHED if isinstance(item.get(table), dict) for key in item[table])]:
            if key.isascii() and key.isdigit() and (len(key) > 19 or key != str(int(key))):
                raise _bad(path, t("error.why.id_form", row=key, table=TRASH))
        if item.get("kind") not in TRASH_KINDS:
            raise _bad(path, t("error.why.trash_kind", row=doc_id))
        for name, check in (("row", _is_int), ("deleted_at", _aware_time)):
            if not check(item.get(name)):
                raise _bad(path, t("error.why.row_field", row=doc_id, table=TRASH, field=name))
        if not isinstance(item.get("user", ""), str):
            raise _bad(path, t("error.why.row_field", row=doc_id, table=TRASH, field="user"))
        for table in _TRASHED:
            rows = item.get(table)
            if not isinstance(rows, dict):
                raise _bad(path, t("error.why.row_field", row=doc_id, table=TRASH, field=table))
            _check_rows(rows, table, f"{TRASH}/{doc_id}/{table}", path)
        if not _fits_kind(item):
            raise _bad(path, t("error.why.trash_rows", row=doc_id))
        for number in [int(doc_id), *(int(key) for table in _TRASHED for key in item[table])]:
            if number in taken:
                raise _bad(path, t("error.why.trash_id_twice", row=doc_id, id=number))
            if number >= next_id:
                raise _bad(path, t("error.why.trash_id_counter", row=doc_id, id=number))
            taken.add(number)


# The tables whose rows say whether a file is still the one it was, and the field that names each row.
_NAMED_ROWS = (("workshops", "name"), ("aufgaben", "text"), ("entries", "text"))


def same_file(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """True if ``new`` (validated data) is a later state of the file ``old`` was read from.

    Files carry an identity (``file_id``); two that both have one are the same file exactly when
    it is equal. Where one has none yet (an older file before its first save, a backup from then),
    it is the same file unless none of the rows ``old`` held is there any more (same id, same
    text) and the event differs too; a file with no rows yet is followed.
    """
    old_id, new_id = old[HEADER].get(FILE_ID), new[HEADER].get(FILE_ID)
    if old_id is not None and new_id is not None:
        return bool(old_id == new_id)
    held = False
    for table, field in _NAMED_ROWS:
        rows = new[table]
        for doc_id, row in old[table].items():
            held = True
            other = rows.get(doc_id)
            if other is not None and other.get(field) == row.get(field):
                return True
    return not held or old["event"] == new["event"]
