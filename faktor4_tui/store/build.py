"""The immutable model built from validated raw data, reusing what did not change since last time.

Live follow rebuilds the Document after every change anyone saves. On a huge file most rows are
the same as before: ``Reuse`` keeps the last build's rows and objects, so an unchanged entry,
Aufgabe or workshop is the very object it was (equal rows give the same object, and a workshop
whose rows are all unchanged is the same Workshop: comparing it is comparing identities).
When the caller knows which rows changed since the last build (``delta``), only the Aufgaben and
workshops holding them are built again: the rest of a 200,000-entry file is not even looked at.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, TrashItem, Workshop
from faktor4_tui.model.massnahme import is_tonnes, massnahme_from_row
from faktor4_tui.model.trash import newest_first
from faktor4_tui.store.schema import _MAIN_TABLE, HEADER, TRASH


@dataclass
class Reuse:
    """The rows and objects of the last build (by row id)."""

    entries: dict[str, tuple[dict[str, Any], Entry]] = field(default_factory=dict)
    aufgaben: dict[str, tuple[dict[str, Any], Aufgabe]] = field(default_factory=dict)
    workshops: dict[str, tuple[dict[str, Any], Workshop]] = field(default_factory=dict)
    # Which entries each Aufgabe holds and which Aufgaben each workshop (by id), made when first
    # needed: what a changed row's parent is built again from.
    entries_of: dict[int, set[str]] | None = None
    aufgaben_of: dict[int, set[str]] | None = None


def to_document(
    data: dict[str, Any], reuse: Reuse | None = None, changed: dict[str, set[str]] | None = None
) -> Document:
    """Build the immutable model from validated raw data (sorted by position).

    With ``reuse`` (kept by the caller between builds) rows equal to last time's give last time's
    objects, and ``reuse`` is updated to this build. With ``changed`` too (per table, the ids of rows
    new, different or gone since the build ``reuse`` holds) only what holds them is built again.
    """
    if reuse is not None and changed is not None and reuse.workshops:
        updated = _update(data, reuse, changed)
        if updated is not None:
            return _document(data, updated)
    old = reuse or Reuse()
    new = Reuse()
    # Positional arguments and local names: this loop builds one object per entry (200,000 and more).
    entries_by_aufgabe: dict[int, dict[str, list[tuple[int, Entry]]]] = defaultdict(lambda: defaultdict(list))
    old_entries, new_entries = old.entries, new.entries
    for doc_id, row in data["entries"].items():
        known = old_entries.get(doc_id)
        if known is not None and known[0] == row:
            entry = known[1]
        else:
            get = row.get
            entry = Entry(
                int(doc_id), row["text"], get("note", False), get("origin", ""), get("v", 0), get("conflict", False)
            )
        new_entries[doc_id] = (row, entry)
        entries_by_aufgabe[row["aufgabe"]][row["section"]].append((row["pos"], entry))
    aufgaben_by_workshop: dict[int, list[tuple[int, Aufgabe]]] = defaultdict(list)
    for doc_id, row in data["aufgaben"].items():
        aufgabe_id = int(doc_id)
        found = entries_by_aufgabe.get(aufgabe_id, {})
        sections: dict[str, tuple[Entry, ...]] = {
            section: tuple(entry for _, entry in sorted(found[section], key=lambda item: item[0]))
            for section in SECTIONS
            if section in found
        }
        aufgabe = _aufgabe(old.aufgaben.get(doc_id), aufgabe_id, row, sections)
        new.aufgaben[doc_id] = (row, aufgabe)
        aufgaben_by_workshop[row["workshop"]].append((row["pos"], aufgabe))
    workshops = []
    for doc_id, row in sorted(data["workshops"].items(), key=lambda item: item[1]["pos"]):
        workshop_id = int(doc_id)
        aufgaben = tuple(a for _, a in sorted(aufgaben_by_workshop.get(workshop_id, []), key=lambda i: i[0]))
        workshop = _workshop(old.workshops.get(doc_id), workshop_id, row, aufgaben)
        new.workshops[doc_id] = (row, workshop)
        workshops.append(workshop)
    if reuse is not None:
        reuse.entries, reuse.aufgaben, reuse.workshops = new.entries, new.aufgaben, new.workshops
        reuse.entries_of = reuse.aufgaben_of = None
    return _document(data, tuple(workshops))


def _event(data: dict[str, Any]) -> Event:
    event_row: dict[str, Any] = next(iter(data["event"].values()), {})
    return Event(
        title=event_row.get("title", ""),
        forum=event_row.get("forum", ""),
        dates=event_row.get("dates", ""),
        goal=tuple(str(line) for line in event_row.get("goal", [])),
        agenda=tuple(str(line) for line in event_row.get("agenda", [])),
        versions=dict(event_row.get("versions", {})),
        ausgangswert=_tonnes(event_row.get("ausgangswert")),
    )


def _document(data: dict[str, Any], workshops: tuple[Workshop, ...]) -> Document:
    return Document(
        event=_event(data),
        workshops=workshops,
        revision=data[HEADER]["revision"],
        trash=trash_items(data[TRASH], workshops),
    )


def _entry(doc_id: str, row: dict[str, Any]) -> Entry:
    get = row.get
    return Entry(int(doc_id), row["text"], get("note", False), get("origin", ""), get("v", 0), get("conflict", False))


def _aufgabe(
    known: tuple[dict[str, Any], Aufgabe] | None,
    aufgabe_id: int,
    row: dict[str, Any],
    sections: dict[str, tuple[Entry, ...]],
) -> Aufgabe:
    """The Aufgabe of ``row`` with these sections: last build's (``known``) if both are the same."""
    if known is not None and known[0] == row and _same(known[1].sections, sections):
        return known[1]
    aktion = row.get("aktion")
    return Aufgabe(
        id=aufgabe_id,
        text=row["text"],
        aktion=aktion if isinstance(aktion, int) and not isinstance(aktion, bool) else None,
        votes=int(row.get("votes", 0) or 0),
        sections=sections,
        origin=str(row.get("origin", "")),
        version=row.get("v", 0),
        conflict=row.get("conflict", False),
        massnahme=massnahme_from_row(row.get("massnahme")),
    )


def _workshop(
    known: tuple[dict[str, Any], Workshop] | None, workshop_id: int, row: dict[str, Any], aufgaben: tuple[Aufgabe, ...]
) -> Workshop:
    """The Workshop of ``row`` holding these Aufgaben: last build's (``known``) if both are the same."""
    if known is not None and known[0] == row and _identical(known[1].aufgaben, aufgaben):
        return known[1]
    return Workshop(id=workshop_id, name=row["name"], aufgaben=aufgaben, version=row.get("v", 0))


def _update(data: dict[str, Any], reuse: Reuse, changed: dict[str, set[str]]) -> tuple[Workshop, ...] | None:
    """The workshops, built again only where ``changed`` rows are; None if that cannot tell the order.

    Rows sort by ``pos``; where two share one, a whole build orders them as the file does, which
    only a whole build knows: then None (``reuse`` stays consistent, each object with its row).
    """
    entries, aufgaben = data["entries"], data["aufgaben"]
    if reuse.entries_of is None or reuse.aufgaben_of is None:
        reuse.entries_of, reuse.aufgaben_of = defaultdict(set), defaultdict(set)
        for doc_id, (row, _) in reuse.entries.items():
            reuse.entries_of[row["aufgabe"]].add(doc_id)
        for doc_id, (row, _) in reuse.aufgaben.items():
            reuse.aufgaben_of[row["workshop"]].add(doc_id)
    entries_of, aufgaben_of = reuse.entries_of, reuse.aufgaben_of
    touched: set[int] = set()  # Aufgaben to build again
    for doc_id in changed.get("entries", ()):
        known = reuse.entries.pop(doc_id, None)
        if known is not None:
            entries_of[known[0]["aufgabe"]].discard(doc_id)
            touched.add(known[0]["aufgabe"])
        row = entries.get(doc_id)
        if row is not None:
            entry = known[1] if known is not None and known[0] == row else _entry(doc_id, row)
            reuse.entries[doc_id] = (row, entry)
            entries_of[row["aufgabe"]].add(doc_id)
            touched.add(row["aufgabe"])
    rooms: set[int] = {int(doc_id) for doc_id in changed.get("workshops", ())}  # workshops to build again
    for doc_id in changed.get("aufgaben", ()):
        touched.add(int(doc_id))
        known_row = reuse.aufgaben[doc_id][0] if doc_id in reuse.aufgaben else None
        if known_row is not None:
            aufgaben_of[known_row["workshop"]].discard(doc_id)
            rooms.add(known_row["workshop"])
        row = aufgaben.get(doc_id)
        if row is not None:
            aufgaben_of[row["workshop"]].add(doc_id)
            rooms.add(row["workshop"])
    for aufgabe_id in touched:
        doc_id = str(aufgabe_id)
        row = aufgaben.get(doc_id)
        if row is None:
            reuse.aufgaben.pop(doc_id, None)
            continue
        sections = _sections(reuse, entries_of.get(aufgabe_id, ()))
        if sections is None:
            return None
        reuse.aufgaben[doc_id] = (row, _aufgabe(reuse.aufgaben.get(doc_id), aufgabe_id, row, sections))
        rooms.add(row["workshop"])
    workshops = []
    for doc_id, row in sorted(data["workshops"].items(), key=lambda item: item[1]["pos"]):
        workshop_id = int(doc_id)
        known_workshop = reuse.workshops.get(doc_id)
        if known_workshop is None or workshop_id in rooms:
            placed = sorted(
                ((reuse.aufgaben[a][0]["pos"], reuse.aufgaben[a][1]) for a in aufgaben_of.get(workshop_id, ())),
                key=lambda item: item[0],
            )
            if any(a[0] == b[0] for a, b in itertools.pairwise(placed)):
                return None
            in_order = tuple(aufgabe for _, aufgabe in placed)
        else:
            in_order = known_workshop[1].aufgaben
        workshop = _workshop(known_workshop, workshop_id, row, in_order)
        reuse.workshops[doc_id] = (row, workshop)
        workshops.append(workshop)
    for doc_id in [doc_id for doc_id in reuse.workshops if doc_id not in data["workshops"]]:
        del reuse.workshops[doc_id]
    return tuple(workshops)


def _sections(reuse: Reuse, entry_ids: set[str] | tuple[()]) -> dict[str, tuple[Entry, ...]] | None:
    """An Aufgabe's sections from its entries' ids, in position order; None if two share a position."""
    found: dict[str, list[tuple[int, Entry]]] = defaultdict(list)
    for doc_id in entry_ids:
        row, entry = reuse.entries[doc_id]
        found[row["section"]].append((row["pos"], entry))
    sections: dict[str, tuple[Entry, ...]] = {}
    for section in SECTIONS:
        if section in found:
            items = sorted(found[section], key=lambda item: item[0])
            if any(a[0] == b[0] for a, b in itertools.pairwise(items)):
                return None
            sections[section] = tuple(entry for _, entry in items)
    return sections


def _tonnes(value: Any) -> float | None:
    return float(value) if is_tonnes(value) else None


def _identical(old: tuple[Any, ...], new: tuple[Any, ...]) -> bool:
    return len(old) == len(new) and all(a is b for a, b in zip(old, new, strict=True))


def _same(old: dict[str, tuple[Entry, ...]], new: dict[str, tuple[Entry, ...]]) -> bool:
    return old.keys() == new.keys() and all(_identical(old[key], new[key]) for key in new)


def trash_items(items: dict[str, Any], workshops: tuple[Workshop, ...]) -> tuple[TrashItem, ...]:
    """The Papierkorb's items, newest first, each with where it was (its parent, live or trashed itself)."""
    if not items:
        return ()
    live_workshops = {w.id: w.name for w in workshops}
    live_aufgaben = {a.id: (w.name, number, a.text) for w in workshops for number, a in enumerate(w.aufgaben, 1)}
    parents = ("workshops", "aufgaben")  # which item holds a trashed parent
    holder = {
        (table, int(key)): int(doc_id) for doc_id, item in items.items() for table in parents for key in item[table]
    }

    def trashed(table: str, row_id: int) -> dict[str, Any]:
        item = holder.get((table, row_id))
        return items[str(item)][table][str(row_id)] if item is not None else {}

    def workshop_name(workshop_id: int) -> str:
        return live_workshops.get(workshop_id) or trashed("workshops", workshop_id).get("name", "")

    result = []
    for doc_id, item in items.items():
        kind, main = item["kind"], item["row"]
        row = item[_MAIN_TABLE[kind]][str(main)]
        common: dict[str, Any] = {
            "id": int(doc_id),
            "kind": kind,
            "row": main,
            "deleted_at": item["deleted_at"],
            "user": item.get("user", ""),
            "aufgaben": len(item["aufgaben"]),
            "entries": len(item["entries"]),
        }
        if kind == "entry":
            aufgabe_id = row["aufgabe"]
            if aufgabe_id in live_aufgaben:
                workshop, number, aufgabe_text = live_aufgaben[aufgabe_id]
                where: dict[str, Any] = {"workshop": workshop, "aufgabe": aufgabe_text, "aufgabe_number": number}
            else:
                parent = trashed("aufgaben", aufgabe_id)
                where = {
                    "workshop": workshop_name(parent["workshop"]) if parent else "",
                    "aufgabe": parent.get("text", ""),
                    "waits_for": holder.get(("aufgaben", aufgabe_id)),
                }
            result.append(TrashItem(text=row["text"], section=row["section"], **common, **where))
        elif kind == "aufgabe":
            workshop_id = row["workshop"]
            waits = None if workshop_id in live_workshops else holder.get(("workshops", workshop_id))
            result.append(
                TrashItem(
                    text=row["text"],
                    workshop=workshop_name(workshop_id),
                    aufgabe_number=row["pos"] + 1,
                    waits_for=waits,
                    **common,
                )
            )
        else:
            result.append(TrashItem(text=row["name"], **common))
    result.sort(key=lambda found: newest_first(found.deleted_at, found.id), reverse=True)
    return tuple(result)
