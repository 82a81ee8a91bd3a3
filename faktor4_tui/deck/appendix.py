"""Slides for the Aufgaben the deck leaves out: outside the Aktionsplan, yet with entries.

The deck shows the Aktionen (or, with an empty plan, every Aufgabe with entries). A
lossless export also needs the other Aufgaben that hold entries; they get the same
Aktion-style slides here, numbered exactly as in the workshop.
"""

from __future__ import annotations

from faktor4_tui.deck.builder import AKTION_SLIDES, _problem_block, _section_block, _split, aktion_heading
from faktor4_tui.deck.slides import Fit, Slide, SlideKey
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
    event = document.event
    numbers = number_workshop(workshop)
    base = dict(title=event.title, forum=event.forum, dates=event.dates, workshop=workshop.name)
    slides: list[Slide] = []
    for aufgabe in extra_aufgaben(workshop):
        heading = aktion_heading(aufgabe, numbers)
        slides.append(
            Slide(
                kind="aktion-problems",
                key=SlideKey(workshop.id, aufgabe.id, "aktion-problems"),
                heading=heading,
                blocks=(_problem_block(workshop, numbers, aufgabe.id),),
                extra={"appendix": True},
                **base,
            )
        )
        for kind, sections in AKTION_SLIDES:
            slides.append(
                Slide(
                    kind=kind,
                    key=SlideKey(workshop.id, aufgabe.id, kind),
                    heading=heading,
                    blocks=tuple(_section_block(aufgabe, s, numbers) for s in sections),
                    extra={"appendix": True},
                    **base,
                )
            )
    if fit is None:
        return slides
    return [part for slide in slides for part in _split(slide, fit)]
