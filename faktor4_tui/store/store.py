"""The Store: one faktor4 file shared safely by any number of processes."""

from __future__ import annotations

import contextlib
from datetime import datetime
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import Storage

from faktor4_tui.i18n import t
from faktor4_tui.model import Document
from faktor4_tui.store import delta, jsonfile, links, lock
from faktor4_tui.store.build import Reuse, to_document
from faktor4_tui.store.errors import (
    ExistsError,
    InvalidFileError,
    ReadOnlyError,
    ReplacedError,
    StoreError,
    TooLongError,
)
from faktor4_tui.store.ops import Op, Tx
from faktor4_tui.store.ops.base import Bumps, chain
from faktor4_tui.store.schema import (
    FILE_ID,
    HEADER,
    empty_data,
    needs_migration,
    new_file_id,
    same_file,
    validate,
    validate_changes,
)

LOCK_TIMEOUT = 5.0
LINES_FROM = 4 * 1024 * 1024
"""From this size (about 22,000 entries) a Store that follows the file reads it line by line.

Below it a whole read after another's save is quick (20,000 entries: about 0.1 s), and the line
index would only add to the start and the memory (at 2,000 entries: 4 % more at the first frame).
"""


class TransactionStorage(Storage):
    """TinyDB storage over the data read under the lock; the Store writes it once, atomically.

    TinyDB's own JSONStorage rewrites the file in place and takes no lock, so a
    crash or a second writer could lose data. Here every read returns the data
    freshly read under the lock for this transaction, and every write only
    updates it in memory; ``Store.apply`` then replaces the file atomically.
    """

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data
        self.bumps: list[tuple[str, int, int, int]] = []  # versions the change moved on (ops.base.update)

    def read(self) -> dict[str, Any]:
        """The transaction's data (TinyDB mutates the tables it changes)."""
        return self.data

    def write(self, data: dict[str, Any]) -> None:
        """Keep TinyDB's result in memory until the transaction commits."""
        self.data = data


def transaction(data: dict[str, Any]) -> tuple[Tx, TransactionStorage]:
    """A transaction over ``data`` (changed in place) and the storage that ends up holding the result."""
    storage = TransactionStorage(data)
    return Tx(TinyDB(storage=lambda: storage), data), storage


class Store:
    """Reads and changes one faktor4 JSON file under the storage guarantees of DESIGN.md."""

    def __init__(self, path: str | Path, *, lock_timeout: float = LOCK_TIMEOUT, follow: bool = False) -> None:
        self.path = Path(path)
        # ``follow``: an app or presentation that shows the file as others change it. A big file's
        # reads go line by line (``LINES_FROM``), so that the next read after another's save parses
        # only the lines that changed (``delta``): at 200,000 entries 0.7 s more at the start and
        # ~100 MB more held. A one-shot command reads whole (json's own parser).
        self.follows = follow
        self.lock_timeout = lock_timeout
        self.last_saved: datetime | None = None
        self.last_notices: list[str] = []  # what the last change has to tell (both texts kept …)
        self.last_bumps: Bumps = {}  # the versions the last change moved on (its undo steps follow them)
        self._seen: tuple[int, int, int] | None = None
        # The file's bytes as last read or written here, their parsed data, and the Document
        # built from it on first load(): a save re-parses only when the bytes differ.
        self._raw: bytes | None = None
        self._data: dict[str, Any] | None = None
        self._document: Document | None = None
        # The rows and objects of the last Document built here: a re-read after another's change
        # rebuilds only what changed. Forgotten before a change of our own (TinyDB changes rows in place).
        self._reuse = Reuse()
        # Where each row line of ``_raw`` is (None: not known, or ``_raw`` is not in faktor4's line
        # form), whether ``_raw`` is our own save's (its index is read off it when needed), and the
        # rows changed since the last Document was built (None: not known, the next build is whole).
        self._index: delta.Index | None = None
        self._own_raw = False
        self._changed: dict[str, set[str]] | None = None
        self._older_raw: bytes | None = None  # the last parsed bytes if they had an older schema
        # The data of the file this Store works on (its identity), kept when a failed change makes
        # it forget the rest; and the signature and error of another file found at the path.
        self._own: dict[str, Any] | None = None
        self._foreign: tuple[tuple[int, int, int], ReplacedError] | None = None
        if planted := links.planted_link(self.path):  # before anything is read through it
            link, owner = planted
            raise InvalidFileError(
                t("error.planted_link", path=self.path, link=link, owner=links.owner_name(owner), folder=link.parent)
            )
        self._read()  # refuses invalid files before anything else happens
        self.read_only_reason = ""  # why the file opened read-only, where there is more to say than that
        self.read_only = self._read_only()

    # --- creation ----------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, data: dict[str, Any] | None = None) -> Store:
        """Create a new file (never overwrites) and open it; it gets an identity of its own."""
        target = Path(path)
        if target.exists() or target.is_symlink():
            raise ExistsError(t("error.exists", path=target))
        payload = cls._new_file(target, data)
        with lock.locked(target, LOCK_TIMEOUT):
            if target.exists():
                raise ExistsError(t("error.exists", path=target))
            jsonfile.atomic_write(target, jsonfile.encode(payload), create=True, sweep=True)
        return cls(target)

    @classmethod
    def open_or_create(cls, path: str | Path, *, follow: bool = False) -> Store:
        """Open FILE, creating it empty if nothing is there; never overwrites.

        Several processes at once: one creates it, all open that one. The check is repeated
        under the file's lock, and the hard link that puts the new file in place fails if
        anything got there meanwhile (even from a writer that took no lock): then that is opened.
        """
        target = Path(path)
        if not (target.exists() or target.is_symlink()):  # a dangling link is opened: it says so
            payload = cls._new_file(target, None)
            with lock.locked(target, LOCK_TIMEOUT):
                if not (target.exists() or target.is_symlink()):
                    with contextlib.suppress(ExistsError):
                        jsonfile.atomic_write(target, jsonfile.encode(payload), create=True, sweep=True)
        return cls(target, follow=follow)

    @staticmethod
    def _new_file(target: Path, data: dict[str, Any] | None) -> dict[str, Any]:
        """The checked content of a new file at ``target``, with a fresh identity (``file_id``)."""
        if not target.parent.is_dir():
            raise StoreError(t("error.no_folder", path=target, folder=target.parent))
        payload = data if data is not None else empty_data()
        validate(payload, target)
        return {**payload, HEADER: {**payload[HEADER], FILE_ID: new_file_id()}}

    # --- reading -----------------------------------------------------------

    def _read(self) -> dict[str, Any]:
        """Read the whole file; parse and validate it only if its bytes are not the ones we know.

        Another faktor4 file put in place of this one raises ReplacedError (and keeps raising it,
        without reading again, while that file stays there); the Store never reads it as its own.
        """
        sig = jsonfile.signature(self.path)
        if self._foreign is not None and sig == self._foreign[0]:
            raise self._foreign[1]
        raw = jsonfile.read_bytes(self.path)
        if self._data is None or raw != self._raw:
            with jsonfile.gc_paused():
                data, index, changed, older = self._parse(raw)
            if self._own is not None and not same_file(self._own, data):
                error = ReplacedError(t("error.replaced", path=self.path))
                if sig is not None:
                    self._foreign = (sig, error)
                raise error
            self._raw, self._data, self._document = raw, data, None
            self._index, self._own_raw = index, False
            if self._changed is not None:  # the rows changed since the last build, which reuse keeps
                self._changed = None if changed is None else _merged(self._changed, changed)
            self._own = data
            self._older_raw = raw if older else None
        self._foreign = None
        self._seen = sig
        return self._data

    def _parse(self, raw: bytes) -> tuple[dict[str, Any], delta.Index | None, dict[str, set[str]] | None, bool]:
        """Parse and validate ``raw``: its data, line index, the rows changed since the last read, and
        whether it had an older schema.

        A file in faktor4's line form that follows one read here is parsed only where its lines
        changed (``delta``); anything else, or a change that does not validate, is read whole.
        """
        old = self._data
        if old is not None and self._older_raw is None:
            if self._index is None and self._own_raw and self._raw is not None:
                self._index = delta.own_index(self._raw, old)
            known, self._index = self._index, None  # used up by the read (it keeps the new one)
            if known is not None:
                quick = delta.read(raw, known, old, self._raw)
                if quick is not None:
                    with contextlib.suppress(InvalidFileError):  # said by the whole read below
                        validate_changes(quick.data, quick.changed, old, self.path)
                        return quick.data, quick.index, quick.changed, False
        lines = delta.read(raw) if self.follows and len(raw) >= LINES_FROM else None
        parsed = lines.data if lines is not None else jsonfile.decode(raw, self.path)
        older = needs_migration(parsed)
        data = validate(parsed, self.path)  # migrates older schemas in memory only
        return data, lines.index if lines is not None and not older else None, None, older

    def _forget(self) -> None:
        """Drop what we know of the file (after a failed change left the data half-applied), not which file it is."""
        self._raw = self._data = self._document = None
        self._index, self._own_raw, self._changed = None, False, None
        self._reuse = Reuse()
        self._seen = None

    def load(self) -> Document:
        """The file's current content as an immutable Document (read fresh if it changed)."""
        sig = jsonfile.signature(self.path)
        data = self._data
        if sig is None or sig != self._seen or data is None:
            data = self._read()
        if self._document is None:
            with jsonfile.gc_paused():
                self._document = to_document(data, self._reuse, self._changed)
            self._changed = {}
        return self._document

    def follow(self) -> Document:
        """Take the file now at the path as this Store's own (after a ReplacedError said it is another one).

        If it cannot be read, the Store stays with the file it had (StoreError says why).
        """
        own, foreign = self._own, self._foreign
        self._forget()
        self._own = self._foreign = None
        try:
            document = self.load()
        except StoreError:
            self._own, self._foreign = own, foreign
            raise
        self.read_only = self._read_only()
        return document

    def _read_only(self) -> bool:
        """True if this file may not be changed here; ``read_only_reason`` says why if it is not permissions.

        A file with several names (hard links) is not written: a save puts a new file in place of one
        name and would split it in two, and writing in place could leave half a file after a crash.
        """
        self.read_only_reason = ""
        links = jsonfile.link_count(self.path)
        if links > 1:  # or a file being created this moment (put in place by a link): count under the lock
            with contextlib.suppress(StoreError), lock.locked(self.path, self.lock_timeout):
                links = jsonfile.link_count(self.path)
        if links > 1:
            self.read_only_reason = t("error.hard_linked", path=self.path, links=links)
            return True
        return not lock.is_writable(self.path)

    @property
    def file_id(self) -> str | None:
        """The identity of the file this Store works on (None for an older file not saved since)."""
        return self._own[HEADER].get(FILE_ID) if self._own is not None else None

    def changed(self) -> bool:
        """True if another process replaced the file since this Store last read or wrote it."""
        return jsonfile.signature(self.path) != self._seen

    @property
    def revision(self) -> int:
        """The revision of the last read or write."""
        return self._data[HEADER]["revision"] if self._data is not None else 0

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
        try:
            jsonfile.atomic_write(candidate, raw, create=True)  # never over anything put there meanwhile
        except ExistsError:
            self._back_up(raw)

    def apply(self, change: Op) -> Op:
        """Lock, read fresh, apply, write atomically, unlock; return the inverse operation."""
        inverse, _ = self.apply_with_ids(change)
        return inverse

    def apply_with_ids(self, change: Op) -> tuple[Op, list[int]]:
        """Like ``apply``, also returning the ids of rows the change created (``last_notices``: what to tell)."""
        self.last_notices, self.last_bumps = [], {}
        if self.read_only:
            raise ReadOnlyError(self.read_only_reason or t("error.readonly_change", path=self.path))
        with lock.locked(self.path, self.lock_timeout), jsonfile.gc_paused():
            data = self._read()  # fresh: the whole file is read under the lock every time
            if jsonfile.link_count(self.path) > 1:  # linked since it was opened: refuse as at opening
                self.read_only = self._read_only()
                raise ReadOnlyError(self.read_only_reason)
            if self._older_raw is not None:
                self._back_up(self._older_raw)  # before the first change to an older file
            self._document = None
            self._reuse = Reuse()
            self._index, self._own_raw, self._changed = None, False, None  # TinyDB changes rows in place
            try:
                data[HEADER].setdefault(FILE_ID, new_file_id())  # an older file gets its identity now
                tx, storage = transaction(data)  # TinyDB changes the data in place
                inverse = change.apply(tx)
                data = storage.data
                data[HEADER]["revision"] += 1
                payload, exact = jsonfile.encode_checked(data)
                # Opened through a link: its file. The owner is kept (root saving a user's file).
                jsonfile.atomic_write(self.path.resolve(), payload, sweep=True, keep_owner=True)
            except BaseException as error:
                self._forget()
                if isinstance(error, TooLongError):  # the operation did not know the file: name it
                    path, length, limit = self.path, error.length, error.limit
                    raise TooLongError(
                        t("error.too_long_in", path=path, length=length, limit=limit), length, limit
                    ) from None
                raise
            self._raw, self._data, self._own = payload, data, data
            self._own_raw = exact  # its lines say what its rows hold: they index the next read
            self._older_raw = None  # the file on disk now has the current schema
            self._seen = jsonfile.signature(self.path)
        self.last_saved = datetime.now()
        self.last_notices = tx.notices
        self.last_bumps = chain(storage.bumps)
        return inverse, tx.created

    # --- conveniences used by the CLI, the demo and the tests ----------------

    def add(self, change: Op) -> int:
        """Apply an operation that adds a row (``AddEntry`` …) and return the new row's id."""
        _, created = self.apply_with_ids(change)
        return created[0]


def _merged(into: dict[str, set[str]], more: dict[str, set[str]]) -> dict[str, set[str]]:
    for name, ids in more.items():
        into.setdefault(name, set()).update(ids)
    return into
