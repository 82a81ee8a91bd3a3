"""Merge several rooms' files into one forum file (``merge_documents``: ``faktor4 merge … -o``), or
rooms into the live forum file (``room_to_merge``/``merge_change``: ``merge --into`` and the app).

Workshops with the same name (case-insensitive) are combined. Every Aufgabe and entry
keeps where it came from (``origin``: the input's file name, unless a previous merge
already set one). An Aufgabe or entry counts as already present when one with the same
origin and text (and section and note flag) is there — the n-th such duplicate matching
the n-th — so merging the same file again adds nothing, while a room's newer lines are
added. Aktionen keep their order: the first input's plan, then each later input's new
Aktionen. The event header comes from the first input that has one; any other,
different header is reported as a conflict.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from faktor4_tui.i18n import t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Massnahme, Workshop
from faktor4_tui.model.massnahme import fill_empty
from faktor4_tui.store import Store, StoreError, jsonfile
from faktor4_tui.store.ops import Batch, Op, SetAusgangswert, SetEvent
from faktor4_tui.store.ops.merging import MergeRoom

_Item = TypeVar("_Item")
_Key = TypeVar("_Key")


@dataclass
class _Aufgabe:
    text: str
    origin: str
    votes: int
    rank: tuple[int, int] | None
    sections: dict[str, list[Entry]] = field(default_factory=dict)
    massnahme: Massnahme = field(default_factory=Massnahme)


@dataclass
class _Workshop:
    name: str
    aufgaben: list[_Aufgabe] = field(default_factory=list)


def _nth(items: Sequence[_Item], key: _Key, wanted: int, key_of: Callable[[_Item], _Key]) -> _Item | None:
    """The ``wanted``-th (from 0) of the items whose key is ``key``, or None."""
    seen = 0
    for item in items:
        if key_of(item) == key:
            if seen == wanted:
                return item
            seen += 1
    return None


def _merge_entries(target: _Aufgabe, aufgabe: Aufgabe, label: str) -> None:
    for section in SECTIONS:
        have = target.sections.setdefault(section, [])
        counts: Counter[tuple[str, str, bool]] = Counter()
        for entry in aufgabe.entries(section):
            origin = entry.origin or label
            key = (origin, entry.text, entry.note)
            index = counts[key]
            counts[key] += 1
            if _nth(have, key, index, lambda e: (e.origin, e.text, e.note)) is None:
                have.append(Entry(id=0, text=entry.text, note=entry.note, origin=origin))


def _merge_workshop(target: _Workshop, workshop: Workshop, label: str, source_index: int) -> None:
    counts: Counter[tuple[str, str]] = Counter()
    for aufgabe in workshop.aufgaben:
        origin = aufgabe.origin or label
        key = (origin, aufgabe.text)
        index = counts[key]
        counts[key] += 1
        found = _nth(target.aufgaben, key, index, lambda a: (a.origin, a.text))
        if found is None:
            rank = None if aufgabe.aktion is None else (source_index, aufgabe.aktion)
            found = _Aufgabe(text=aufgabe.text, origin=origin, votes=aufgabe.votes, rank=rank)
            target.aufgaben.append(found)
        found.massnahme = fill_empty(found.massnahme, aufgabe.massnahme)  # the first input's fields, then gaps filled
        _merge_entries(found, aufgabe, label)


def _describe(event: Event) -> str:
    return " · ".join(x for x in (event.title, event.forum, event.dates) if x) or t("merge.goal_agenda")


def merge_documents(sources: list[tuple[str, Document]]) -> tuple[Document, list[str]]:
    """Merge (label, document) pairs in order; return the result and conflict sentences."""
    event: Event | None = None
    event_from = ""
    conflicts: list[str] = []
    workshops: dict[str, _Workshop] = {}
    for source_index, (label, document) in enumerate(sources):
        if document.event != Event():
            if event is None:
                event, event_from = document.event, label
            elif document.event != event:
                conflicts.append(
                    t("merge.event_differs", label=label, event=_describe(document.event), first=event_from)
                )
        for workshop in document.workshops:
            target = workshops.setdefault(workshop.name.casefold(), _Workshop(workshop.name))
            _merge_workshop(target, workshop, label, source_index)
    return _build(event or Event(), list(workshops.values())), conflicts


def _build(event: Event, workshops: list[_Workshop]) -> Document:
    built = []
    for workshop in workshops:
        planned = sorted((a for a in workshop.aufgaben if a.rank is not None), key=lambda a: a.rank or (0, 0))
        aktion = {id(a): number for number, a in enumerate(planned, start=1)}
        aufgaben = tuple(
            Aufgabe(
                id=0,
                text=a.text,
                aktion=aktion.get(id(a)),
                votes=a.votes,
                origin=a.origin,
                sections={s: tuple(entries) for s, entries in a.sections.items() if entries},
                massnahme=a.massnahme,
            )
            for a in workshop.aufgaben
        )
        built.append(Workshop(id=0, name=workshop.name, aufgaben=aufgaben))
    return Document(event=event, workshops=tuple(built))


# --- into the live forum file ---------------------------------------------------


def room_to_merge(room: Store, forum: Store, label: str) -> MergeRoom:
    """The change that merges the room file ``room`` into ``forum`` (shown as ``label``).

    StoreError (a sentence naming the file) for the forum itself, a copy of it, or a file without
    an identity (its lines could not remember where they came from).
    """
    if jsonfile.is_own_file(room.path, forum.path):
        raise StoreError(t("cli.merge.into_itself", path=room.path))
    document = room.load()
    if room.file_id is None:
        raise StoreError(t("cli.merge.no_identity", path=room.path))
    if room.file_id == forum.file_id:
        raise StoreError(t("cli.merge.into_copy", path=room.path, forum=forum.path))
    return MergeRoom(room.file_id, label, document)


def merge_change(forum: Store, rooms: list[MergeRoom]) -> tuple[Op, list[str]]:
    """All rooms as one change (an empty forum event takes the first room's), and what to say first."""
    if len({room.file for room in rooms}) < len(rooms):
        raise StoreError(t("cli.merge.into_twice"))
    current = forum.load().event
    events = [(room.label, room.document.event) for room in rooms if room.document.event != Event()]
    changes: list[Op] = []
    said: list[str] = []
    if events and current == Event():
        event = events[0][1]
        changes.append(SetEvent(event.title, event.forum, event.dates, event.goal, event.agenda))
    else:
        said = [t("cli.merge.event_kept", path=forum.path, room=label) for label, event in events if event != current]
    baselines = [room.document.event.ausgangswert for room in rooms if room.document.event.ausgangswert is not None]
    if baselines and current.ausgangswert is None:  # the forum's empty Ausgangswert takes the first room's
        changes.append(SetAusgangswert(baselines[0], current.version("ausgangswert")))
    return Batch((*changes, *rooms)), said
