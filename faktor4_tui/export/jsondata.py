"""JSON export: the full data in a documented, versioned shape (see docs/json-export.md).

``render_json`` writes it; ``document_from_json`` reads it back (derived fields such as
``number`` and ``label`` are ignored on reading).
"""

from __future__ import annotations

import json
from typing import Any

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Massnahme, Workshop, number_workshop
from faktor4_tui.model.massnahme import FIELDS as MASSNAHME_FIELDS
from faktor4_tui.model.massnahme import STATUSES, TEXT_FIELDS, is_tonnes, stored_tonnes

FORMAT = "faktor4-export"
VERSION = 1


class ExportFormatError(ValueError):
    """The JSON is not a faktor4 export of a version this program reads."""


def export_object(document: Document, workshop_id: int | None = None) -> dict[str, Any]:
    """The export as plain JSON-able data."""
    workshops = []
    for workshop in document.workshops:
        if workshop_id is not None and workshop.id != workshop_id:
            continue
        numbers = number_workshop(workshop)
        aufgaben = []
        for aufgabe in workshop.aufgaben:
            sections = {}
            for section in SECTIONS:
                sections[section] = [
                    {
                        "id": entry.id,
                        "text": entry.text,
                        "note": entry.note,
                        "number": None if entry.note else numbers.entry[entry.id],
                        "label": None if entry.note else label(section, numbers.entry[entry.id]),
                        "origin": entry.origin,
                    }
                    for entry in aufgabe.entries(section)
                ]
            aufgaben.append(
                {
                    "id": aufgabe.id,
                    "number": numbers.aufgabe[aufgabe.id],
                    "text": aufgabe.text,
                    "aktion": aufgabe.aktion,
                    "votes": aufgabe.votes,
                    "origin": aufgabe.origin,
                    "sections": sections,
                    "massnahme": massnahme_object(aufgabe.massnahme),
                }
            )
        workshops.append({"id": workshop.id, "name": workshop.name, "aufgaben": aufgaben})
    event = document.event
    return {
        "format": FORMAT,
        "version": VERSION,
        "revision": document.revision,
        "event": {
            "title": event.title,
            "forum": event.forum,
            "dates": event.dates,
            "goal": list(event.goal),
            "agenda": list(event.agenda),
            "ausgangswert": stored_tonnes(event.ausgangswert),
        },
        "workshops": workshops,
    }


def massnahme_object(massnahme: Massnahme) -> dict[str, Any] | None:
    """An Aktion's Maßnahmenblatt as exported: its filled fields (``thg`` a number), or None if none is."""
    if not massnahme.filled:
        return None
    sheet: dict[str, Any] = {}
    for name in MASSNAHME_FIELDS:
        value = massnahme.value(name)
        if value not in ("", None):
            sheet[name] = stored_tonnes(massnahme.thg) if name == "thg" else value
    return sheet


def _massnahme(data: Any) -> Massnahme:
    """A Maßnahmenblatt read back from an export (missing or malformed fields stay empty)."""
    if not isinstance(data, dict):
        return Massnahme()
    texts = {name: data[name] for name in TEXT_FIELDS if isinstance(data.get(name), str)}
    thg = data.get("thg")
    status = data.get("status")
    return Massnahme(
        **texts,
        thg=float(thg) if is_tonnes(thg) else None,
        status=status if status in STATUSES else "",
    )


def render_json(document: Document, workshop_id: int | None = None) -> str:
    """The export as human-readable UTF-8 JSON text."""
    return json.dumps(export_object(document, workshop_id), ensure_ascii=False, indent=2) + "\n"


def document_from_json(data: Any) -> Document:
    """Rebuild the Document from an export object; raise ExportFormatError if it is not one."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ExportFormatError(t("export.json.not_export", format=FORMAT))
    if data.get("version") != VERSION:
        raise ExportFormatError(t("export.json.version", version=repr(data.get("version")), known=VERSION))
    try:
        ev = data["event"]
        baseline = ev.get("ausgangswert")
        event = Event(
            ev["title"],
            ev["forum"],
            ev["dates"],
            tuple(ev["goal"]),
            tuple(ev["agenda"]),
            ausgangswert=float(baseline) if is_tonnes(baseline) else None,
        )
        workshops = tuple(
            Workshop(
                id=w["id"],
                name=w["name"],
                aufgaben=tuple(
                    Aufgabe(
                        id=a["id"],
                        text=a["text"],
                        aktion=a["aktion"],
                        votes=a["votes"],
                        origin=a.get("origin", ""),
                        sections={
                            s: tuple(Entry(e["id"], e["text"], e["note"], e.get("origin", "")) for e in items)
                            for s, items in a["sections"].items()
                            if items
                        },
                        massnahme=_massnahme(a.get("massnahme")),
                    )
                    for a in w["aufgaben"]
                ),
            )
            for w in data["workshops"]
        )
    except (KeyError, TypeError) as error:
        raise ExportFormatError(t("export.json.malformed", error=str(error))) from None
    return Document(event=event, workshops=workshops, revision=data.get("revision", 0))
