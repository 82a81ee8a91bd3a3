"""Slides for the Aufgaben the deck leaves out: outside the Aktionsplan, yet with entries.

The deck shows the Aktionen (or, with an empty plan, every Aufgabe with entries). A
lossless export also needs the other Aufgaben that hold entries; they get the same
Aktion-style slides here, numbered exactly as in the workshop.
"""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck.builder import aufgabe_slides
from faktor4_tui.deck.paging import split
from faktor4_tui.deck.slides import Fit, Slide
from faktor4_tui.model import Aufgabe, Document, Workshop, number_workshop


def extra_aufgaben(workshop: Workshop) -> tuple[Aufgabe, ...]:
    """Aufgaben with entries that the deck does not show (outside a non-empty plan)."""
    if not workshop.plan:
        return ()
    return tuple(a for a in workshop.aufgaben if a.aktion is None and a.has_entries)


def appendix_slides(document: Document, workshop: Workshop, fit: Fit | None = None) -> list[Slide]:
    """Aktion-style slides (problem list, then the four section slides) per extra Aufgabe.

    With ``fit``, slides too long for it continue on "(Forts.)" slides, as in ``build_deck``.
    """
    numbers = number_workshop(workshop)
    slides = [
        replace(slide, extra={"appendix": True})
        for aufgabe in extra_aufgaben(workshop)
        for slide in aufgabe_slides(document, workshop, aufgabe, numbers)
    ]
    if fit is None:
        return slides
    return [part for slide in slides for part in split(slide, fit)]
