"""The room (workshop) each user last worked in, per file: the app opens there next time.

Kept per user outside the shared file, beside the drafts: ``STATE/rooms.json`` (the state folder
is ``$FAKTOR4_STATE_DIR`` or platformdirs' ``user_state_path("faktor4")``), one entry per data
file (by its resolved path): the workshop's id and name. Written atomically, mode 0600. A
missing, broken or foreign file is the same as no memory: nothing here raises. No Textual here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from faktor4_tui.model import Document, Workshop
from faktor4_tui.session.drafts import state_dir
from faktor4_tui.store import jsonfile
from faktor4_tui.store.errors import StoreError

FILE_NAME = "rooms.json"
MAX_BYTES = 256 * 1024  # a rooms file bigger than this is not ours
MAX_FILES = 200  # the files remembered (the most recent ones)


@dataclass(frozen=True)
class LastRoom:
    """The workshop a user last worked in on one file."""

    id: int
    name: str


def rooms_path() -> Path:
    """Where the last rooms are kept (the user's state folder, never the shared file's)."""
    return state_dir() / FILE_NAME


def _key(data_path: Path) -> str:
    resolved = str(data_path.resolve())
    return hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:24]


def _read(path: Path) -> dict[str, Any]:
    try:
        if path.is_symlink() or not path.is_file() or path.stat().st_size > MAX_BYTES:
            return {}
        data = json.loads(jsonfile.read_bytes(path).decode("utf-8"))
    except (OSError, StoreError, UnicodeError, ValueError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def last_room(data_path: Path) -> LastRoom | None:
    """The room this user last worked in on ``data_path`` (None: none remembered)."""
    entry = _read(rooms_path()).get(_key(data_path))
    if not isinstance(entry, dict):
        return None
    ident, name = entry.get("workshop"), entry.get("name")
    if not isinstance(ident, int) or not isinstance(name, str):
        return None
    return LastRoom(ident, name)


def find_room(document: Document, room: LastRoom | None) -> Workshop | None:
    """The remembered room in ``document``: the same workshop, else one of the same name (another file there)."""
    if room is None:
        return None
    same = document.workshop(room.id)
    if same is not None and same.name.casefold() == room.name.casefold():
        return same
    return document.workshop_named(room.name) or same


def remember_room(data_path: Path, workshop: Workshop) -> None:
    """Remember ``workshop`` as this user's room on ``data_path`` (quietly does nothing if it cannot)."""
    path = rooms_path()
    key = _key(data_path)
    data = _read(path)
    if data.get(key) == {"workshop": workshop.id, "name": workshop.name}:
        return
    data.pop(key, None)
    data[key] = {"workshop": workshop.id, "name": workshop.name}  # newest last
    while len(data) > MAX_FILES:
        data.pop(next(iter(data)))
    payload = (json.dumps(data, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    with contextlib.suppress(OSError, StoreError):
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not path.exists():
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            os.close(fd)
        jsonfile.atomic_write(path, payload)
