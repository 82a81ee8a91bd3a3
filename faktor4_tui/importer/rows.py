"""A Document back to raw file rows (fresh ids, dense positions): for import and merge."""

from __future__ import annotations

from typing import Any

from faktor4_tui.model import SECTIONS, Document, Workshop
from faktor4_tui.model.massnahme import massnahme_row, stored_tonnes
from faktor4_tui.store.schema import HEADER, empty_data

Row = dict[str, Any]
"""One raw record of the file (a workshop, an Aufgabe or an entry), as JSON has it."""


def workshop_rows(workshop: Workshop, next_id: int) -> tuple[int, Row, dict[int, Row], dict[int, Row], int]:
    """(workshop id, workshop row, Aufgabe rows, entry rows, next free id) for one workshop.

    Rows carry no ``pos`` for the workshop itself (the caller places it); Aufgaben and
    entries get dense positions. An ``origin`` key is written only when set.
    """
    workshop_id = next_id
    next_id += 1
    aufgaben: dict[int, Row] = {}
    entries: dict[int, Row] = {}
    for pos, aufgabe in enumerate(workshop.aufgaben):
        aufgabe_id = next_id
        next_id += 1
        row: Row = {
            "workshop": workshop_id,
            "pos": pos,
            "text": aufgabe.text,
            "aktion": aufgabe.aktion,
            "votes": aufgabe.votes,
        }
        if aufgabe.origin:
            row["origin"] = aufgabe.origin
        sheet = massnahme_row(aufgabe.massnahme)
        if sheet:
            row["massnahme"] = sheet
        aufgaben[aufgabe_id] = row
        for section in SECTIONS:
            for entry_pos, entry in enumerate(aufgabe.entries(section)):
                entry_row: Row = {
                    "aufgabe": aufgabe_id,
                    "section": section,
                    "pos": entry_pos,
                    "text": entry.text,
                    "note": entry.note,
                }
                if entry.origin:
                    entry_row["origin"] = entry.origin
                entries[next_id] = entry_row
                next_id += 1
    return workshop_id, {"name": workshop.name}, aufgaben, entries, next_id


def document_to_data(document: Document) -> dict[str, Any]:
    """Raw content of a new file holding the whole document (ids from 2, like a new file)."""
    data = empty_data()
    event = document.event
    data["event"]["1"] = {
        "title": event.title,
        "forum": event.forum,
        "dates": event.dates,
        "goal": list(event.goal),
        "agenda": list(event.agenda),
    }
    if event.ausgangswert is not None:
        data["event"]["1"]["ausgangswert"] = stored_tonnes(event.ausgangswert)
    next_id = data[HEADER]["next_id"]
    for pos, workshop in enumerate(document.workshops):
        workshop_id, row, aufgaben, entries, next_id = workshop_rows(workshop, next_id)
        data["workshops"][str(workshop_id)] = dict(row, pos=pos)
        data["aufgaben"].update({str(k): v for k, v in aufgaben.items()})
        data["entries"].update({str(k): v for k, v in entries.items()})
    data[HEADER]["next_id"] = next_id
    return data
