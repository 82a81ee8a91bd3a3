"""Writing the published deck into a folder, and keeping it up to date (``faktor4 publish``, ``present --publish``).

Only two files are ever written into the folder, ``index.html`` and ``deck.json``, each by
temp file and rename there (store/jsonfile.atomic_write: a reader gets the old or the new
file, never half of one; a symbolic link at either name is refused, never followed). The
page is written before the state that announces it. Nothing else leaves: no path, no user
name, no draft, no Papierkorb — only what the deck shows.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import threading
import time
from collections.abc import Callable
from pathlib import Path

from faktor4_tui.deck import SlideKey
from faktor4_tui.i18n import t
from faktor4_tui.model import Document
from faktor4_tui.publish.page import Deck, Presenter, render
from faktor4_tui.store import Store, StoreError, jsonfile, links
from faktor4_tui.store.errors import WriteError

PAGE = "index.html"
STATE = "deck.json"
PUBLISHED = (PAGE, STATE)
WATCH_SECONDS = 0.2  # how often the file's signature is looked at (a stat)
PRESENTER_SECONDS = 0.1  # the least time between two writes of the presenter's slide
_OURS = {PAGE: b'<meta name="generator" content="faktor4">', STATE: b'{"generator":"faktor4"'}


class PublishError(Exception):
    """A folder faktor4 will not publish into, with the sentence saying why."""


def _holds(folder: Path, data: Path) -> bool:
    """True if ``folder`` holds the data file or its lock (by any name): a web server would hand them out."""
    data = data.resolve()
    if data.parent == folder.resolve():
        return True
    own = [p for p in (data, jsonfile.lock_path(data)) if p.exists()]
    with contextlib.suppress(OSError), os.scandir(folder) as entries:
        for entry in entries:
            for path in own:
                with contextlib.suppress(OSError):
                    if entry.is_file(follow_symlinks=True) and os.path.samefile(entry.path, path):
                        return True
    return False


def prepare_folder(folder: Path, data: Path, force: bool = False) -> bool:
    """Check (and create if missing) the folder to publish into; True if it was created.

    Refused: a path that is not a folder, a folder holding the data file, a symbolic link at
    index.html or deck.json, and (without ``force``) an index.html or deck.json faktor4 did not write.
    """
    created = False
    if not folder.exists():
        if not folder.parent.is_dir():
            raise PublishError(t("publish.no_parent", path=folder, folder=folder.parent))
        try:
            folder.mkdir()
        except FileExistsError:
            pass
        except OSError as error:
            raise PublishError(t("publish.cannot_create", path=folder, reason=error.strerror or error)) from None
        else:
            created = True
    if not folder.is_dir():
        raise PublishError(t("publish.not_folder", path=folder))
    _own_folder(folder)
    if _holds(folder, data):
        raise PublishError(t("publish.holds_data", path=folder, file=data.name))
    if data.resolve().is_relative_to(folder.resolve()):  # a web server serving DIR would hand it out
        raise PublishError(t("publish.holds_data", path=folder, file=data.name))
    for name in PUBLISHED:
        target = folder / name
        if target.is_symlink():
            raise PublishError(t("error.target_symlink", path=target))
        if target.exists() and not target.is_file():  # a FIFO would hang the check, a device be replaced
            raise PublishError(t("error.target_not_regular", path=target))
        if target.exists() and not force and not _written_by_us(target, name):
            raise PublishError(t("publish.foreign", path=target))
    return created


def _own_folder(folder: Path) -> None:
    """Refuse a folder someone else could swap for another one while faktor4 writes into it.

    The folder must be the publisher's own, reached without a link another user planted in a
    shared folder, and its parent must not let others rename it (world-writable and not sticky):
    otherwise a renamed folder and a link in its place would steer the next write elsewhere.
    """
    if planted := links.planted_link(folder):
        link, owner = planted
        raise PublishError(
            t("error.planted_link", path=folder, link=link, owner=links.owner_name(owner), folder=link.parent)
        )
    real = folder.resolve()
    info, parent = os.stat(real), os.stat(real.parent)
    if info.st_uid != os.geteuid():
        raise PublishError(t("publish.not_yours", path=folder, owner=links.owner_name(info.st_uid)))
    if parent.st_mode & stat.S_IWOTH and not parent.st_mode & stat.S_ISVTX:
        raise PublishError(t("publish.parent_open", path=folder, folder=real.parent))


def folder_identity(folder: Path) -> tuple[int, int]:
    """The folder's device and inode (a write checks it is still the folder that was checked)."""
    info = os.stat(folder)
    return info.st_dev, info.st_ino


def _written_by_us(path: Path, name: str) -> bool:
    try:
        with open(path, "rb") as stream:
            return _OURS[name] in stream.read(4096)
    except OSError:
        return False


class Publisher:
    """Keeps DIR's index.html and deck.json saying what the file (and the presenter) say.

    ``step`` looks once (a stat; reads and renders only when the file changed) and writes what
    changed; ``watch`` steps until stopped; ``start`` does that in a thread, for ``present --publish``,
    whose screen calls ``presenter_moved`` from its own thread.
    """

    def __init__(
        self,
        store: Store,
        folder: Path,
        workshop_id: int | None = None,
        report: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.folder = folder.resolve()  # as checked by prepare_folder; every write checks it is still that
        try:
            self._identity: tuple[int, int] | None = folder_identity(self.folder)
        except OSError:
            self._identity = None
        self.workshop_id = workshop_id
        self.report = report or (lambda _message: None)
        self.deck: Deck | None = None
        self.error = ""  # why the file could not be read or the folder written (the last time), "" if fine
        self._document: Document | None = None
        self._rendered_for: tuple[Document, int | None] | None = None
        self._state: bytes | None = None
        self._presenter: Presenter | None = None
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    # --- one look ------------------------------------------------------------

    def step(self) -> bool:
        """Publish what changed since the last step; True if a file was written."""
        try:
            document = self.store.load()
        except StoreError as error:
            self._fail(t("publish.stale", error=error))
            return False
        presenter = self._presenter
        workshop_id = presenter.workshop_id if presenter is not None else self.workshop_id
        wrote = False
        try:
            if self._rendered_for != (document, workshop_id) or self.deck is None:
                deck = render(document, workshop_id, self.store.revision)
                if self.deck is None or deck.page != self.deck.page:
                    self._write(PAGE, deck.html.encode("utf-8"))
                    wrote = True
                self.deck, self._rendered_for = deck, (document, workshop_id)
            state = json.dumps(self.deck.state(presenter), ensure_ascii=False, separators=(",", ":")).encode("utf-8")
            if state != self._state:
                self._write(STATE, state)
                self._state, wrote = state, True
        except StoreError as error:  # WriteError: the folder cannot be written (full, read-only …)
            self._fail(str(error))
            return False
        if self.error:
            self.error = ""
        return wrote

    def _write(self, name: str, payload: bytes) -> None:
        """Replace DIR/name; its modification time moves on by at least a second.

        Web servers validate by the second: nginx's ETag is the time in seconds and the size, and
        Last-Modified / If-Modified-Since count whole seconds. A file rewritten within the second it
        was last written (the presenter pressing → twice; two quick saves), at the same size, would
        otherwise be answered "304 Not Modified" to a page that has the previous one.
        """
        target = self.folder / name
        if self._identity is not None:
            try:
                same = folder_identity(self.folder) == self._identity and not self.folder.is_symlink()
            except OSError:
                same = False
            if not same:
                raise WriteError(t("publish.folder_swapped", path=self.folder))
        try:
            before: int | None = os.stat(target, follow_symlinks=False).st_mtime_ns // 10**9
        except OSError:
            before = None
        jsonfile.atomic_write(target, payload)
        if before is not None:
            with contextlib.suppress(OSError):
                info = os.stat(target, follow_symlinks=False)
                if info.st_mtime_ns // 10**9 <= before:
                    os.utime(target, ns=(info.st_atime_ns, (before + 1) * 10**9), follow_symlinks=False)

    def _fail(self, message: str) -> None:
        if message != self.error:
            self.error = message
            self.report(message)

    # --- following ---------------------------------------------------------

    def presenter_moved(self, workshop_id: int | None, key: SlideKey) -> None:
        """The presenter shows another slide (any thread; cheap: the writing happens in ``watch``)."""
        presenter = Presenter(workshop_id, key)
        if presenter != self._presenter:
            self._presenter = presenter
            self._wake.set()

    def watch(self, on_write: Callable[[Deck], None] | None = None) -> None:
        """Step every WATCH_SECONDS (at once when the presenter moves) until ``stop``."""
        while not self._stop.is_set():
            began = time.monotonic()
            if self.step() and on_write is not None and self.deck is not None:
                on_write(self.deck)
            if self._wake.wait(WATCH_SECONDS):
                self._wake.clear()
                # A run of key presses becomes a write at most every PRESENTER_SECONDS.
                self._stop.wait(max(0.0, began + PRESENTER_SECONDS - time.monotonic()))

    def start(self) -> None:
        """Watch in a background thread."""
        self._thread = threading.Thread(target=self.watch, name="faktor4-publish", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        """End ``watch`` (and its thread), after the last step it began; a presenter is gone from deck.json
        (pages that followed it stay where they are), the workshop it presented stays published."""
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join()
        if self._presenter is not None:
            self.workshop_id, self._presenter = self._presenter.workshop_id, None
            self.step()
