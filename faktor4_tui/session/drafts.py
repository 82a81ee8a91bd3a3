"""Drafts: the text in an open input, kept per user and file outside the shared file.

A draft belongs to a *place*: a short key naming the input, e.g. ``("entries", 12, "loesungen",
"add")`` (the add line of a pane), ``("entry", 40, "edit")`` (editing an entry), ``("aufgaben", 3,
"add")``, ``("aufgabe", 7, "edit")``, ``("event", "title")``, ``("lines", "goal", "add")``,
``("massnahme", 7, "kosten")`` (a field of Aktion 7's Maßnahmenblatt), ``("event", "ausgangswert")``.
The UI keeps the text in memory at every change (cheap) and writes it on every pause in typing,
on Escape, on quit and on SIGHUP/SIGTERM (``save``); a kill -9 keeps what the last pause wrote.

One JSON file per data file in the user state folder (``$FAKTOR4_STATE_DIR`` or platformdirs'
``user_state_path("faktor4")``), mode 0600, written atomically. Two apps of one user on one file
share it: a save merges, under the drafts file's lock, only the places this process changed.
A broken drafts file is moved aside (never thrown away) with a warning; nothing here raises.
No Textual here.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from faktor4_tui.i18n import label, os_reason, t
from faktor4_tui.model import SECTIONS, Document, number_workshop, sanitize
from faktor4_tui.model.massnahme import FIELDS as MASSNAHME_FIELDS
from faktor4_tui.store import jsonfile, lock
from faktor4_tui.store.errors import StoreError

Place = tuple[str | int, ...]
"""Where a draft was typed (see the module docstring); only strings and ints."""

PAUSE_SECONDS = 0.4
"""A pause in typing this long writes the drafts (the app checks every poll)."""

FORMAT = 1
FOLDER = "drafts"
LOCK_SECONDS = 0.5
NOTICE_CHARS = 300
MAX_BYTES = 4 * 1024 * 1024  # a drafts file bigger than this is not ours


def state_dir() -> Path:
    """The user's faktor4 state folder: ``$FAKTOR4_STATE_DIR`` or the platform's (never the shared file's)."""
    folder = os.environ.get("FAKTOR4_STATE_DIR")
    if folder:
        return Path(folder)
    from platformdirs import user_state_path

    return user_state_path("faktor4")


def drafts_path(data_path: Path, folder: Path | None = None) -> Path:
    """The drafts file of one data file (by its resolved path): ``STATE/drafts/NAME-HASH.json``."""
    resolved = str(data_path.resolve())
    digest = hashlib.sha256(resolved.encode("utf-8", "surrogateescape")).hexdigest()[:16]
    stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in data_path.stem)[:40] or "faktor4"
    return (folder or state_dir() / FOLDER) / f"{stem}-{digest}.json"


def clean(text: str) -> str:
    """User text made safe to keep (see model.sanitize); one trailing space survives, to type on after it."""
    kept = sanitize(text)
    if kept and text[-1:].isspace():
        kept += " "
    return kept


def short(text: str) -> str:
    """A draft's text for a notice (long texts end in "…"; the drafts file keeps it whole)."""
    text = text.strip()
    return text if len(text) <= NOTICE_CHARS else text[: NOTICE_CHARS - 1] + "…"


@dataclass(frozen=True)
class Draft:
    """The text typed at one place, what the place held when typing began, and where that was."""

    place: Place
    text: str
    base: str = ""
    where: str = ""
    saved: str = ""  # when it was last written (ISO 8601, UTC)
    told: bool = False  # its place is gone and the user has been told where the text is


def _place(value: object) -> Place | None:
    if not isinstance(value, list) or not value or len(value) > 8:
        return None
    if not all(isinstance(part, (str, int)) and not isinstance(part, bool) for part in value):
        return None
    return tuple(value)


def _draft(raw: object) -> Draft | None:
    """One draft from the file (untrusted: cleaned again), or None if it is not one."""
    if not isinstance(raw, dict):
        return None
    place = _place(raw.get("place"))
    text = raw.get("text")
    if place is None or not isinstance(text, str) or not clean(text):
        return None

    def _text(name: str) -> str:
        value = raw.get(name, "")
        return clean(value) if isinstance(value, str) else ""

    return Draft(place, clean(text), _text("base"), _text("where"), _text("saved"), raw.get("told") is True)


class Drafts:
    """One user's drafts for one data file: in memory at every change, on disk on ``save``."""

    def __init__(
        self, data_path: Path, folder: Path | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.data_path = data_path
        self._folder = folder
        self._path: Path | None = None
        self._clock = clock
        self._drafts: dict[Place, Draft] | None = None  # read on first use
        self._touched: set[Place] = set()  # changed here since the last save
        self._changed_at = 0.0
        self.problem = ""  # the last sentence why drafts are not kept as they should be
        self.on_problem: Callable[[str], None] | None = None  # hears each new problem sentence once
        self._disabled = False
        self._told = ""

    # --- where -------------------------------------------------------------

    @property
    def path(self) -> Path:
        """The drafts file."""
        if self._path is None:
            self._path = drafts_path(self.data_path, self._folder)
        return self._path

    # --- reading -------------------------------------------------------------

    def _read(self) -> dict[Place, Draft]:
        """The drafts on disk; a broken file is moved aside (``problem`` says where), never raises."""
        path = self.path
        try:
            with open(path, "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise IsADirectoryError(path)
                raw = handle.read(MAX_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as error:
            self._disabled = True
            self._tell(t("draft.unreadable", path=path, reason=os_reason(error)))
            return {}
        if not raw.strip():
            return {}  # created and killed before the first write
        try:
            if len(raw) > MAX_BYTES:
                raise ValueError("too big")
            data = json.loads(raw.decode("utf-8"))
            if not isinstance(data, dict) or not isinstance(data.get("drafts"), list):
                raise ValueError("no drafts list")
        except (UnicodeDecodeError, ValueError, RecursionError) as error:
            self._move_aside(path, str(error) or type(error).__name__)
            return {}
        found = {}
        for item in data["drafts"]:
            draft = _draft(item)
            if draft is not None:
                found[draft.place] = draft
        return found

    def _move_aside(self, path: Path, reason: str) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"{path.name}.broken-{stamp}")
        try:
            os.replace(path, moved)
        except OSError as error:
            self._disabled = True  # never write over words we could not read
            self._tell(t("draft.unreadable", path=path, reason=os_reason(error)))
            return
        self._tell(t("draft.broken", path=path, reason=reason, moved=moved))

    def _loaded(self) -> dict[Place, Draft]:
        if self._drafts is None:
            self._drafts = self._read()
        return self._drafts

    @property
    def loaded(self) -> bool:
        """True once the drafts file was read (before that nobody typed here, and nothing was offered)."""
        return self._drafts is not None

    def get(self, place: Place) -> Draft | None:
        """The draft kept for a place, or None."""
        return self._loaded().get(place)

    def all(self) -> list[Draft]:
        """Every kept draft of this file, oldest first."""
        return sorted(self._loaded().values(), key=lambda draft: draft.saved)

    # --- changing (memory) ---------------------------------------------------

    def keep(self, place: Place, text: str, *, base: str = "", where: str = "") -> None:
        """Remember what is typed at a place now; blank text, or the place's own text, is no draft."""
        drafts = self._loaded()
        old = drafts.get(place)
        if not text.strip() or text == base:
            if old is None:
                return
            del drafts[place]
        else:
            if old is not None and old.text == text:
                return
            drafts[place] = Draft(place, text, base, where or (old.where if old else ""))
        self._touched.add(place)
        self._changed_at = self._clock()

    def drop(self, place: Place) -> None:
        """Forget a place's draft (its text was saved)."""
        self.keep(place, "")

    def mark_told(self, place: Place) -> None:
        """The user was told where this draft (whose place is gone) is kept."""
        drafts = self._loaded()
        draft = drafts.get(place)
        if draft is not None and not draft.told:
            drafts[place] = replace(draft, told=True)
            self._touched.add(place)

    @property
    def dirty(self) -> bool:
        """True if memory holds changes not yet written."""
        return bool(self._touched)

    # --- writing -------------------------------------------------------------

    def save_after_pause(self, pause: float = PAUSE_SECONDS) -> bool:
        """Write if something changed and typing paused for ``pause`` seconds; True if written."""
        if self._touched and self._clock() - self._changed_at >= pause:
            return self.save()
        return False

    def save(self) -> bool:
        """Write the changes now (merged with what another app of this user wrote); False if not written."""
        if not self._touched:
            return True
        if self._disabled:
            return False
        now = datetime.now(UTC).isoformat(timespec="seconds")
        mine = self._loaded()
        try:
            self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            with self._lock():
                merged = self._read()
                if self._disabled:
                    return False
                for place in self._touched:
                    draft = mine.get(place)
                    if draft is None:
                        merged.pop(place, None)
                    else:
                        merged[place] = replace(draft, saved=draft.saved if draft.told and draft.saved else now)
                self._write(merged)
        except (OSError, StoreError) as error:
            reason = os_reason(error) if isinstance(error, OSError) else getattr(error, "reason", None) or str(error)
            self._tell(t("draft.not_saved", path=self.path, reason=reason))
            return False
        self._drafts = merged
        self._touched.clear()
        self._told = ""
        return True

    @contextlib.contextmanager
    def _lock(self) -> Iterator[None]:
        """The drafts file's lock (another app of this user saving at the same moment).

        If it cannot be had (busy past LOCK_SECONDS, a folder without write access for it), the
        words are written all the same: a lost merge with oneself is better than lost words.
        """
        with contextlib.ExitStack() as stack:
            with contextlib.suppress(StoreError):
                stack.enter_context(lock.locked(self.path, LOCK_SECONDS))
            yield

    def _write(self, drafts: dict[Place, Draft]) -> None:
        path = self.path
        items = [
            {
                "place": list(draft.place),
                "text": clean(draft.text),
                "base": clean(draft.base),
                "where": clean(draft.where),
                "saved": draft.saved,
                "told": draft.told,
            }
            for draft in sorted(drafts.values(), key=lambda draft: draft.saved)
        ]
        # One draft a line: someone looking for a lost sentence reads this file.
        listed = "".join(
            ("\n  " if n == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False) for n, item in enumerate(items)
        )
        head = json.dumps({"faktor4_drafts": FORMAT, "file": str(self.data_path.resolve())})  # any path: ASCII
        text = head[:-1] + ', "drafts": [' + listed + ("\n]" if items else "]") + "}\n"
        payload = text.encode("utf-8", errors="replace")  # texts are sanitized: no lone surrogates
        if not os.path.lexists(path):  # personal: 0600 from the first byte (atomic_write keeps the mode)
            with contextlib.suppress(FileExistsError):
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_NOFOLLOW, 0o600))
        jsonfile.atomic_write(path, payload)
        if stat.S_IMODE(os.stat(path).st_mode) != 0o600:
            os.chmod(path, 0o600)

    def _tell(self, sentence: str) -> None:
        """Say a problem once (the same failure at every pause is said once, until a save works)."""
        self.problem = sentence
        if sentence != self._told and self.on_problem is not None:
            self._told = sentence
            self.on_problem(sentence)


class DraftSlot:
    """One input's draft while it is open: offer its text, keep what is typed, forget it once saved."""

    def __init__(self, drafts: Drafts, place: Place, base: str = "", where: str = "") -> None:
        self.drafts = drafts
        self.place = place
        existing = drafts.get(place)
        if existing is not None and existing.text == base:  # the text was saved after all
            drafts.drop(place)
            existing = None
        self.base = existing.base if existing is not None and existing.base else base
        self.where = where
        self.text = existing.text if existing is not None else ""
        """The draft offered back ("" if there is none)."""

    def keep(self, text: str) -> None:
        """Remember what the input holds now."""
        self.drafts.keep(self.place, text, base=self.base, where=self.where)

    def forget(self) -> None:
        """The text was saved: no draft any more (written at the next save)."""
        self.drafts.drop(self.place)

    def save(self) -> bool:
        """Write every pending draft now (Escape, closing)."""
        return self.drafts.save()


def place_exists(place: Place, document: Document) -> bool:
    """True if the input a draft belongs to is still there (cheaper than ``describe``: no numbering)."""
    kind = place[0] if place else None
    ident = place[1] if len(place) > 1 else None
    if kind == "aufgaben" and isinstance(ident, int):
        return document.workshop(ident) is not None
    if kind in ("aufgabe", "entries", "massnahme") and isinstance(ident, int):
        return document.find_aufgabe(ident) is not None
    if kind == "entry" and isinstance(ident, int):
        return document.find_entry(ident) is not None
    return describe(place, document) is not None  # the event's fields and lines: nothing to number


def describe(place: Place, document: Document) -> str | None:
    """Where a place is, in words ("Aufgabe 3 · Lösungen (neue Zeile)"); None if it is gone."""
    kind = place[0] if place else None
    if kind == "event" and len(place) == 2 and place[1] in ("title", "forum", "dates"):
        return t("draft.where.event", field=t(f"event.{place[1]}"))
    if kind == "event" and place[1:] == ("ausgangswert",):
        return t("draft.where.event", field=t("massnahme.field.ausgangswert"))
    if kind == "lines" and len(place) >= 3 and place[1] in ("goal", "agenda"):
        field = t(f"event.{place[1]}")
        if place[2] == "add":
            return t("draft.where.lines_add", field=field)
        lines = document.event.goal if place[1] == "goal" else document.event.agenda
        index = place[2]
        if isinstance(index, int) and 0 <= index < len(lines):
            return t("draft.where.lines_edit", field=field, n=index + 1)
        return None
    if kind == "workshops" and place[1:] == ("add",):
        return t("draft.where.workshops_add")
    if len(place) < 3 or not isinstance(place[1], int):
        return None
    ident = place[1]
    if kind == "workshop":
        named = document.workshop(ident)
        return t("draft.where.workshop_edit", name=named.name) if named else None
    if kind == "aufgaben":
        workshop = document.workshop(ident)
        return t("draft.where.aufgaben_add", workshop=workshop.name) if workshop else None
    if kind in ("aufgabe", "entries"):
        found = document.find_aufgabe(ident)
        if found is None:
            return None
        workshop, aufgabe = found
        name = t("aufgabe.label", n=number_workshop(workshop).aufgabe.get(aufgabe.id, 0))
        if kind == "aufgabe":
            return t("draft.where.aufgabe_edit", aufgabe=name, workshop=workshop.name)
        section = str(place[2])
        if section not in SECTIONS:
            return None
        return t("draft.where.entries_add", aufgabe=name, section=t(f"section.{section}.short"))
    if kind == "massnahme":
        found = document.find_aufgabe(ident)
        if found is None or str(place[2]) not in MASSNAHME_FIELDS:
            return None
        field = t(f"massnahme.field.{place[2]}")
        return t("draft.where.massnahme", k=found[1].aktion or "–", workshop=found[0].name, field=field)
    if kind == "entry":
        located = document.find_entry(ident)
        if located is None:
            return None
        workshop, aufgabe, section, index = located
        numbers = number_workshop(workshop)
        entry = aufgabe.entries(section)[index]
        item = t(f"section.{section}.short") if entry.note else label(section, numbers.entry.get(entry.id, 0))
        name = t("aufgabe.label", n=numbers.aufgabe.get(aufgabe.id, 0))
        return t("draft.where.entry_edit", entry=item, aufgabe=name)
    return None
