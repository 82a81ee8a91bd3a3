"""Derived numbering: Aufgabe N, Lösung N through the workshop, per-Aufgabe labels."""

from __future__ import annotations

from dataclasses import dataclass

from faktor4_tui.model.document import SECTIONS, Aufgabe, Workshop


def presentation_order(workshop: Workshop) -> tuple[Aufgabe, ...]:
    """Aktionen in plan order, then the other Aufgaben in list order."""
    plan = workshop.plan
    planned = {a.id for a in plan}
    return plan + tuple(a for a in workshop.aufgaben if a.id not in planned)


@dataclass(frozen=True)
class Numbering:
    """All derived numbers of one workshop.

    ``aufgabe[id]`` is Aufgabe N (1-based list position); ``entry[id]`` is the
    number shown in the entry's label (Lösung N workshop-wide, the others per
    Aufgabe, Start uses the Aktion number K); notes are absent from ``entry``.
    """

    aufgabe: dict[int, int]
    entry: dict[int, int]


def number_workshop(workshop: Workshop) -> Numbering:
    """Compute the numbering of one workshop."""
    aufgabe_numbers = {a.id: index + 1 for index, a in enumerate(workshop.aufgaben)}
    entry_numbers: dict[int, int] = {}
    loesung = 0
    for aufgabe in presentation_order(workshop):
        for entry in aufgabe.entries("loesungen"):
            if not entry.note:
                loesung += 1
                entry_numbers[entry.id] = loesung
    for aufgabe in workshop.aufgaben:
        for section in SECTIONS[1:]:
            counter = 0
            for entry in aufgabe.entries(section):
                if entry.note:
                    continue
                counter += 1
                if section == "start":
                    entry_numbers[entry.id] = aufgabe.aktion or 0
                else:
                    entry_numbers[entry.id] = counter
    return Numbering(aufgabe=aufgabe_numbers, entry=entry_numbers)
