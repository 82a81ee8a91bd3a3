"""One person's session on a file: the document they see, their workshop, undo/redo and save state."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from faktor4_tui.i18n import t, visible
from faktor4_tui.model import Document, Numbering, Workshop, number_workshop
from faktor4_tui.session.drafts import Drafts, DraftSlot, Place, describe, place_exists, short
from faktor4_tui.session.history import History
from faktor4_tui.session.pending import PendingLines, Waiting
from faktor4_tui.session.rooms import find_room, last_room, remember_room
from faktor4_tui.session.status import Notice, SaveKind, Severity, Status
from faktor4_tui.store import (
    ConflictError,
    InvalidFileError,
    LockTimeoutError,
    NameTakenError,
    NotFoundError,
    Op,
    ReadOnlyError,
    ReplacedError,
    Store,
    StoreError,
    TrashError,
    WriteError,
)

POLL_SECONDS = 0.1
"""How often the one poller of a process looks at the file (a stat: cheap)."""

WAIT_ON = (LockTimeoutError, WriteError, InvalidFileError, ReadOnlyError)
"""Errors that say the file cannot be written right now (busy, disk full, broken, folder read-only):
a typed line waits for them to pass. Others (its place deleted, an empty text) refuse the line."""

LOCK_WAIT = 0.5
"""How long a change made at the keyboard waits for another process's lock (seconds).

Another process saves in milliseconds; half a second rides out a slow disk's fsync while the
typist's keys wait in the terminal. Beyond it the change is not saved (a typed line waits in
``Session.pending``), so the app never freezes for the store's full lock timeout.
"""

REPLACED_NOTICE_SECONDS = 60.0
"""How long the notice that the file was replaced by another one stays (the header keeps saying it)."""


@dataclass(frozen=True)
class Changed:
    """The document, the workshop or the save state changed: views show the session again.

    ``bell`` asks for one bell (a new error in the header).
    """

    bell: bool = False


@dataclass(frozen=True)
class Noticed:
    """Something to tell the user once."""

    notice: Notice


SessionEvent = Changed | Noticed
Listener = Callable[[SessionEvent], None]


class Session:
    """What one person is doing with one file; the UI shows it and asks it to change things.

    Every change goes through ``apply`` (saved at once, recorded for undo); ``poll`` follows
    other processes' changes. Listeners hear ``Changed`` and ``Noticed`` events.
    """

    def __init__(self, store: Store, *, workshop: str | None = None, remember: bool = False) -> None:
        self.store = store
        self.history = History(self._apply)
        self.pending = PendingLines()  # typed lines not saved yet, in order (see session.pending)
        self.load_error = ""  # the sentence why the file cannot be read now ("" while it can)
        self._lost_place = ""  # what vanished under the user since the view last asked (take_lost_place)
        self._lost_workshop: int | None = None  # the workshop that sentence is about (None: the file)
        # The sentence saying that another file now is at the path ("" while it is this one): the
        # session keeps showing this file's last state and writes nothing until the user decides.
        self.replaced = ""
        self._listeners: list[Listener] = []
        self.drafts = Drafts(store.path)  # what this person typed and did not save yet (read when first needed)
        self.drafts.on_problem = lambda sentence: self.notify(sentence, "warning", timeout=20)
        self._gone_places: set[Place] = set()  # drafts whose place is gone and who were told so
        self._numbering: tuple[Document, int, Numbering] | None = None
        self._state: tuple[str, SaveKind] = self._opened_state()
        try:
            self.document: Document = store.load()
        except StoreError as error:  # broken since it was opened: said in the header, the poll tries again
            self.document = Document()
            self.load_error = str(error)
            self._state = (self.load_error, "error")
        # ``remember``: open on the room this user last worked in here, and remember each switch.
        self.remember = remember
        if workshop:
            wanted = self.document.workshop_named(workshop)
        else:
            wanted = find_room(self.document, last_room(store.path)) if remember else None
        first = wanted or (self.document.workshops[0] if self.document.workshops else None)
        self.workshop_id: int | None = first.id if first else None
        if workshop and wanted is not None:
            self._remember_room()

    # --- listening ---------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        """Hear every ``Changed`` and ``Noticed`` event from now on."""
        self._listeners.append(listener)

    def _publish(self, event: SessionEvent) -> None:
        for listener in list(self._listeners):
            listener(event)

    def notify(
        self,
        text: str,
        severity: Severity = "information",
        timeout: float | None = None,
        gone_place: Place | None = None,
    ) -> None:
        """Tell the user something once (``gone_place``: a notice that this place is gone, see Notice)."""
        self._publish(Noticed(Notice(text, severity, timeout, gone_place)))

    # --- what the person sees ---------------------------------------------

    @property
    def read_only(self) -> bool:
        """True if the file cannot be changed."""
        return self.store.read_only

    @property
    def workshop(self) -> Workshop | None:
        """The workshop being captured, or None."""
        return self.document.workshop(self.workshop_id) if self.workshop_id is not None else None

    @property
    def numbering(self) -> Numbering:
        """Derived numbers of the current workshop (cached per document)."""
        workshop = self.workshop
        if workshop is None:
            return Numbering(aufgabe={}, entry={})
        cached = self._numbering
        if cached is None or cached[0] is not self.document or cached[1] != workshop.id:
            cached = (self.document, workshop.id, number_workshop(workshop))
            self._numbering = cached
        return cached[2]

    @property
    def status(self) -> Status:
        """What the header says now (lines waiting to be saved say so, whatever happened since)."""
        workshop = self.workshop
        state, kind = self._state
        if self.pending:
            n = len(self.pending)
            state = t("save.waiting.one" if n == 1 else "save.waiting.many", n=n, reason=self.pending.reason)
            kind = "error"
        return Status(
            file=visible(self.store.path.name),
            workshop=visible(workshop.name) if workshop else "",
            state=state,
            kind=kind,
            room=next((n for n, w in enumerate(self.document.workshops, 1) if workshop and w.id == workshop.id), 0),
            rooms=len(self.document.workshops),
        )

    def use_workshop(self, workshop_id: int) -> None:
        """Capture this workshop from now on."""
        self.workshop_id = workshop_id
        self._remember_room()
        self._publish(Changed())

    def _remember_room(self) -> None:
        workshop = self.workshop
        if self.remember and workshop is not None:
            remember_room(self.store.path, workshop)

    # --- following the file -------------------------------------------------

    def poll(self) -> bool:
        """Follow changes another process wrote (a cheap stat); True if the document changed.

        Lines waiting to be saved get another try (without waiting for the lock).
        """
        changed = self._follow()
        if self.pending:
            self.save_pending(wait=0.0)
        return changed

    def _follow(self) -> bool:
        if self.store.changed() or self.load_error:
            self.reload()
            return True
        fresh = self.store.load()  # unchanged file: the store's cached document, no read
        if fresh is self.document:
            return False
        self._show(fresh)  # written through this store by someone else in this process (a script, a test)
        return True

    def reload(self, *, own: bool = False) -> None:
        """Read the file again; a file that cannot be read keeps the last good document on show.

        ``own``: after this session's own change (what it took away is no news to the user).
        """
        try:
            document = self.store.load()
        except ReplacedError as error:
            self._replaced(str(error))
            return
        except StoreError as error:
            self.load_error = str(error)
            self.fail(str(error))
            return
        self.load_error = ""
        if self.replaced:  # the file is back (restored, moved back): follow it again
            self.replaced = ""
            self._state = self._opened_state()
            self.notify(t("app.replaced_back", path=self.store.path))
        self._show(document, own=own)

    def _opened_state(self) -> tuple[str, SaveKind]:
        return (t("save.readonly"), "readonly") if self.store.read_only else (t("save.opened"), "saved")

    def _replaced(self, message: str) -> None:
        """Another file is at the path: keep showing this one, write nothing, say so (the notice once).

        The typist's keys go on as typed: nothing they do can reach either file (every change is
        refused with a sentence), and a line typed stays in its input until the user decides.
        """
        first = not self.replaced
        self.replaced, self.load_error = message, ""
        self.fail(message)
        if first:
            self.notify(t("app.replaced", path=self.store.path), "error", REPLACED_NOTICE_SECONDS)

    def follow_replacement(self) -> bool:
        """The user's choice after the file was replaced: work on the file now at the path.

        Its workshop of the same name (else its first) is shown, and undo starts afresh (the
        changes made before were changes of the other file). False if there is nothing to follow
        or the file cannot be read (the header says why).
        """
        if not self.replaced:
            return False
        workshop = self.workshop
        try:
            document = self.store.follow()
        except StoreError as error:
            self.fail(str(error))
            return False
        self.replaced = self.load_error = ""
        self.history = History(self._apply)
        self.document = document
        same = document.workshop_named(workshop.name) if workshop else None
        first = same or (document.workshops[0] if document.workshops else None)
        self.workshop_id = first.id if first else None
        self._state = self._opened_state()
        self._publish(Changed())
        self.notify(t("app.replaced_followed", path=self.store.path))
        return True

    def _show(self, document: Document, *, own: bool = False) -> None:
        before = self.document
        self.document = document
        if not own:
            self._notice_lost_place(before)
        if self.workshop is None and document.workshops:
            self.workshop_id = document.workshops[0].id
        self._publish(Changed())
        self._check_drafts()

    def _notice_lost_place(self, before: Document) -> None:
        """Another process's change took away the workshop being captured, or replaced the file."""
        gone = before.workshop(self.workshop_id) if self.workshop_id is not None else None
        if self.document.revision < before.revision:  # the revision only grows: another file took its place
            self._lost_place, self._lost_workshop = t("held.file_replaced", path=self.store.path), None
        elif gone is not None and self.workshop is None:
            self._lost_place, self._lost_workshop = t("held.workshop_gone", name=gone.name), gone.id

    def take_lost_place(self) -> tuple[str, int | None]:
        """If the workshop being captured vanished, or another file replaced this one, since last asked:
        the sentence saying so (once) and the workshop it is about (None: the file); else ("", None).
        The view then stops the typist (see ui.screens.held)."""
        lost, workshop = self._lost_place, self._lost_workshop
        self._lost_place, self._lost_workshop = "", None
        return lost, workshop

    def fail(self, message: str) -> None:
        """Put an error sentence into the header (it stays until the next save); one bell per new error."""
        if self._state == (message, "error"):  # the poll meets a broken file ten times a second
            return
        self._state = (message, "error")
        self._publish(Changed(bell=True))

    # --- changing ----------------------------------------------------------

    def _refuse_read_only(self) -> bool:
        if self.replaced:  # never into the other file: the caller keeps the typed text
            self.notify(t("app.replaced_refused", path=self.store.path), "error")
            return True
        if self.store.read_only:
            self.notify(self.store.read_only_reason or t("app.readonly_refused", path=self.store.path), "error")
            return True
        return False

    @contextlib.contextmanager
    def _lock_wait(self, seconds: float) -> Iterator[None]:
        """Changes made meanwhile wait at most ``seconds`` for another process's lock."""
        store = self.store
        before = store.lock_timeout
        store.lock_timeout = min(before, seconds)
        try:
            yield
        finally:
            store.lock_timeout = before

    def _apply(self, change: Op) -> Op:
        """Save one change (waiting at most LOCK_WAIT for the lock); its inverse."""
        with self._lock_wait(LOCK_WAIT):
            return self.store.apply(change)

    def _commit(self, change: Op) -> list[int] | None:
        if self._refuse_read_only():
            return None
        if self.pending:  # typed lines first, in order
            self.save_pending(wait=0.0)
        saved = self._save(change)
        return saved if isinstance(saved, list) else None

    def _save(self, change: Op, line: Waiting | None = None) -> list[int] | Waiting | None:
        """Save one change now: the ids it created; None if not saved (the header or a notice says why).

        With ``line`` (a typed line), a file that cannot be written right now (``WAIT_ON``) makes
        the line wait in ``pending`` instead: then it is returned.
        """
        try:
            with self._lock_wait(LOCK_WAIT):
                inverse, created = self.store.apply_with_ids(change)
        except ReplacedError as error:  # put in place since the last poll: never written into
            self._replaced(str(error))
            return None
        except (TrashError, NameTakenError) as error:  # refused with a sentence (a name taken …): nothing broke
            self.notify(str(error), "warning")
            self._reload_quietly()
            return None
        except StoreError as error:
            if line is not None and isinstance(error, WAIT_ON):
                self.pending.append(line, self._waiting_reason(error))
                self._publish(Changed(bell=True))
                return line
            self.fail(str(error))
            self._reload_quietly()
            return None
        self.history.rebase(self.store.last_bumps)
        self.history.record(inverse)
        self._saved()
        for notice in self.store.last_notices:
            self.notify(notice, "warning", timeout=10)
        return created

    def apply(self, change: Op) -> bool:
        """Save one change and show it; False (the error in the header) if it was not saved."""
        return self._commit(change) is not None

    def apply_new(self, change: Op) -> int | None:
        """Save a change that adds a row; the new row's id, or None if it was not saved."""
        created = self._commit(change)
        return created[0] if created else None

    def add_line(self, text: str, make: Callable[[], Op], where: str) -> list[int] | Waiting | None:
        """Save a typed line that adds a row: the ids it created (saved now).

        If it cannot be saved now (``WAIT_ON``: the lock is busy, the disk full, the folder or the
        file broken for a moment), or lines typed before it still wait, it waits in ``pending``
        behind them and is saved in order later: the ``Waiting`` line. None if it is refused (a file
        opened read-only, its place deleted, nothing left of the text): the caller keeps the text.
        """
        if self._refuse_read_only():
            return None
        line = Waiting(text, where, make)
        if self.pending:
            self.pending.append(line, self.pending.reason)
            created = self._save_pending(0.0).get(id(line))
            return line if created is None and self.pending.holds(line) else created
        return self._save(make(), line)

    def save_pending(self, wait: float = LOCK_WAIT) -> bool:
        """Save the waiting lines in order, each waiting at most ``wait`` for the lock; True when none waits."""
        self._save_pending(wait)
        return not self.pending

    def _save_pending(self, wait: float) -> dict[int, list[int]]:
        """Save waiting lines in order until one fails; the ids each saved line (by ``id()``) created."""
        created: dict[int, list[int]] = {}
        while (line := self.pending.first) is not None:
            try:
                with self._lock_wait(wait):
                    inverse, ids = self.store.apply_with_ids(line.make())
            except ReplacedError as error:  # never into the other file: the lines keep waiting, and are reported
                self._replaced(str(error))
                break
            except WAIT_ON as error:
                reason = self._waiting_reason(error)
                if reason != self.pending.reason:
                    self.pending.reason = reason
                    self._publish(Changed())
                break
            except StoreError as error:  # its place was deleted meanwhile: it cannot be saved anywhere
                self.pending.strand_first()
                self.notify(t("save.stranded", text=line.text, where=line.where, reason=str(error)), "error", 30)
                continue
            self.pending.saved_first()
            self.history.rebase(self.store.last_bumps)
            self.history.record(inverse)
            created[id(line)] = ids
        if created:
            self._saved()
        return created

    def _waiting_reason(self, error: StoreError) -> str:
        if isinstance(error, LockTimeoutError):
            return t("save.busy", path=self.store.path)
        return str(error)

    def _reload_quietly(self) -> None:
        """Show the file's latest state without touching the header's error."""
        try:
            self._show(self.store.load())
        except StoreError:
            pass

    def _saved(self) -> None:
        if self.drafts.dirty:  # a line just saved is no draft any more: on disk at once, not after a pause
            self.drafts.save()
        saved = self.store.last_saved
        self._state = (t("save.saved", time=saved.strftime("%H:%M:%S") if saved else ""), "saved")
        self.reload(own=True)

    def undo(self) -> None:
        """Undo this person's last change, unless someone changed that thing since (then say so)."""
        self._step(self.history.undo, self.history.drop_undo, "app.undone", "app.nothing_to_undo", "app.not_undone")

    def redo(self) -> None:
        """Redo the last undone change, unless someone changed that thing since (then say so)."""
        self._step(self.history.redo, self.history.drop_redo, "app.redone", "app.nothing_to_redo", "app.not_redone")

    def _step(self, step: Callable[[], bool], drop: Callable[[], None], done: str, nothing: str, refused: str) -> None:
        if self._refuse_read_only():
            return
        try:
            if not step():
                self.notify(t(nothing))
                return
        # Others' work stays; the step is forgotten.
        except (ConflictError, NotFoundError, TrashError, NameTakenError) as error:
            drop()
            self.notify(t(refused, reason=str(error).rstrip(".")), "warning", timeout=10)
            self.reload()
            return
        except ReplacedError as error:
            self._replaced(str(error))
            return
        except StoreError as error:
            self.fail(str(error))
            return
        self.history.rebase(self.store.last_bumps)
        self.notify(t(done), timeout=1.5)
        self._saved()

    # --- drafts ------------------------------------------------------------

    def draft_slot(self, place: Place, base: str = "") -> DraftSlot:
        """The draft of one input (``base``: the text the place holds now), to offer and keep as it is typed."""
        return DraftSlot(self.drafts, place, base, describe(place, self.document) or "")

    def announce_drafts(self) -> None:
        """At start: say where each unsaved draft of this file waits, and where those whose place is gone are kept."""
        if self.load_error:
            return
        for draft in self.drafts.all():
            where = describe(draft.place, self.document)
            if where is not None:
                self.notify(t("draft.waiting", where=where, text=short(draft.text)), timeout=15)
            else:
                self._gone_places.add(draft.place)
                if not draft.told:
                    self._tell_gone("draft.orphaned", draft.place)
        self.drafts.save()

    def _check_drafts(self) -> None:
        """After a reload: a draft whose place was just deleted (elsewhere) is kept, and the user told where."""
        if self.load_error or not self.drafts.loaded:
            return
        gone = False
        for draft in self.drafts.all():
            if place_exists(draft.place, self.document):
                self._gone_places.discard(draft.place)  # back (restored): told again if it goes again
            elif draft.place not in self._gone_places:
                self._gone_places.add(draft.place)
                self._tell_gone("draft.place_gone", draft.place)
                gone = True
        if gone:
            self.drafts.save()

    def _tell_gone(self, key: str, place: Place) -> None:
        draft = self.drafts.get(place)
        if draft is None:
            return
        where = draft.where or t("draft.where.unknown")
        self.notify(t(key, where=where, text=short(draft.text), path=self.drafts.path), "warning", 30, place)
        self.drafts.mark_told(place)
