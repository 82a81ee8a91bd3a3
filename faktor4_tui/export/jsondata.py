"""JSON export: the full data in a documented, versioned shape (see docs/json-export.md).

``render_json`` writes it; ``document_from_json`` reads it back (derived fields such as
``number`` and ``label`` are ignored on reading).
"""

from __future__ import annotations

import json
from typing import Any

from faktor4_tui.i18n import label, t
from faktor4_tui.model import SECTIONS, Aufgabe, Document, Entry, Event, Workshop, number_workshop

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
        },
        "workshops": workshops,
    }


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
        event = Event(ev["title"], ev["forum"], ev["dates"], tuple(ev["goal"]), tuple(ev["agenda"]))
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
                    )
                    for a in w["aufgaben"]
                ),
            )
            for w in data["workshops"]
        )
    except (KeyError, TypeError) as error:
        raise ExportFormatError(t("export.json.malformed", error=str(error))) from None
    return Document(event=event, workshops=workshops, revision=data.get("revision", 0))
