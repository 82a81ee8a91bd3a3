"""The Store: one faktor4 file shared safely by any number of processes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from faktor4_tui.model import Document
from faktor4_tui.store import jsonfile
from faktor4_tui.store.errors import ReadOnlyError, StoreError
from faktor4_tui.store.ops import Op, Tx, apply, op
from faktor4_tui.store.schema import HEADER, empty_data, needs_migration, to_document, validate

LOCK_TIMEOUT = 5.0


class TransactionStorage(Storage):
    """TinyDB storage over the data read under the lock; the Store writes it once, atomically.

    TinyDB's own JSONStorage rewrites the file in place and takes no lock, so a
    crash or a second writer could lose data. Here every read returns the data
    freshly read under the lock for this transaction, and every write only
    updates it in memory; ``Store.apply`` then replaces the file atomically.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def read(self) -> dict[str, Any]:
        """The transaction's data (TinyDB mutates the tables it changes)."""
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        """Keep TinyDB's result in memory until the transaction commits."""
        self.data = data


class Store:
    """Reads and changes one faktor4 JSON file under the storage guarantees of DESIGN.md."""

    def __init__(self, path: str | Path, *, lock_timeout: float = LOCK_TIMEOUT) -> None:
        self.path = Path(path)
        self.lock_timeout = lock_timeout
        self.last_saved: datetime | None = None
        self._seen: tuple[int, int, int] | None = None
        self._cache: tuple[tuple[int, int, int] | None, dict[str, Any], Document] | None = None
        self._older_raw: bytes | None = None  # the last read's bytes if it had an older schema
        self._read()  # refuses invalid files before anything else happens
        self.read_only = not jsonfile.is_writable(self.path)

    # --- creation ----------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, data: dict[str, Any] | None = None) -> Store:
        """Create a new file (never overwrites) and open it."""
        target = Path(path)
        if target.exists() or target.is_symlink():
            raise StoreError(f"{target} already exists; faktor4 never overwrites a file.")
        if not target.parent.is_dir():
            raise StoreError(f"{target} cannot be created: the folder {target.parent} does not exist.")
        payload = data if data is not None else empty_data()
        validate(payload, target)
        with jsonfile.locked(target, LOCK_TIMEOUT):
            if target.exists():
                raise StoreError(f"{target} already exists; faktor4 never overwrites a file.")
            jsonfile.atomic_write(target, jsonfile.encode(payload), create=True)
        return cls(target)

    # --- reading -----------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        sig = jsonfile.signature(self.path)
        raw = jsonfile.read_bytes(self.path)
        parsed = jsonfile.decode(raw, self.path)
        older = needs_migration(parsed)
        data = validate(parsed, self.path)  # migrates older schemas in memory only
        self._seen = sig
        self._older_raw = raw if older else None
        return data

    def load(self) -> Document:
        """The file's current content as an immutable Document (read fresh if it changed)."""
        sig = jsonfile.signature(self.path)
        if self._cache is not None and sig is not None and self._cache[0] == sig:
            return self._cache[2]
        data = self._read()
        document = to_document(data)
        self._cache = (self._seen, data, document)
        return document

    def changed(self) -> bool:
        """True if another process replaced the file since this Store last read or wrote it."""
        return jsonfile.signature(self.path) != self._seen

    @property
    def revision(self) -> int:
        """The revision of the last read or write."""
        return self._cache[2].revision if self._cache else 0

    # --- writing -----------------------------------------------------------

    def _back_up(self, raw: bytes) -> None:
        """Keep the pre-migration bytes as FILE.bak (or FILE.bak.2 …: never another backup)."""
        base = self.path.resolve()
        candidate = base.with_name(base.name + ".bak")
        n = 1
        while candidate.exists() or candidate.is_symlink():
            if candidate.is_file() and candidate.read_bytes() == raw:
                return
            n += 1
            candidate = base.with_name(f"{base.name}.bak.{n}")
        jsonfile.atomic_write(candidate, raw)

    def apply(self, change: Op) -> Op:
        """Lock, read fresh, apply, write atomically, unlock; return the inverse operation."""
        inverse, _ = self.apply_with_ids(change)
        return inverse

    def apply_with_ids(self, change: Op) -> tuple[Op, list[int]]:
        """Like ``apply``, also returning the ids of rows the change created."""
        if self.read_only:
            raise ReadOnlyError(f"{self.path} is read-only; the change was not saved.")
        with jsonfile.locked(self.path, self.lock_timeout):
            data = self._read()
            if self._older_raw is not None:
                self._back_up(self._older_raw)  # before the first change to an older file
            storage = TransactionStorage(data)
            tx = Tx(TinyDB(storage=lambda: storage), data)
            inverse = apply(tx, change)
            data = storage.data
            data[HEADER]["revision"] += 1
            jsonfile.atomic_write(self.path, jsonfile.encode(data))
            self._older_raw = None  # the file on disk now has the current schema
            self._seen = jsonfile.signature(self.path)
            self._cache = (self._seen, data, to_document(data))
        self.last_saved = datetime.now()
        return inverse, tx.created

    # --- conveniences used by the CLI, the demo and the tests ----------------

    def add(self, _name: str, /, **args: Any) -> int:
        """Apply an ``add_*`` operation and return the new row's id."""
        _, created = self.apply_with_ids(op(_name, **args))
        return created[0]
