"""Build the deck from a Document, in DESIGN.md's order and the seed's wording."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from faktor4_tui.deck.appendix import extra_aufgaben
from faktor4_tui.deck.keys import locate, slide_key_for
from faktor4_tui.deck.massnahmen import closing_line, massnahme_slide
from faktor4_tui.deck.measure import cell_width
from faktor4_tui.deck.memo import room_slides, split_slide
from faktor4_tui.deck.paging import line_rows, split
from faktor4_tui.deck.plan import aktion_heading, forum_plan_slide, index_slide, plan_blocks, plan_table
from faktor4_tui.deck.slides import Block, Fit, Line, Slide, SlideKey, slide_header
from faktor4_tui.i18n import label, question, t
from faktor4_tui.model import Aufgabe, Document, Numbering, Workshop, number_workshop

__all__ = [
    "aktion_heading",
    "aufgabe_slides",
    "build_deck",
    "cell_width",
    "line_rows",
    "locate",
    "slide_key_for",
    "title_slide",
]

# The four Aktion slides and the sections each shows.
AKTION_SLIDES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("loesungen", ("loesungen",)),
    ("akteure", ("akteure",)),
    ("start", ("start", "umsetzungsprobleme")),
    ("support", ("unterstuetzer", "sponsoren")),
)


def _section_block(aufgabe: Aufgabe, section: str, numbers: Numbering) -> Block:
    lines = []
    for entry in aufgabe.entries(section):
        if entry.note:
            lines.append(Line(text=entry.text, kind="note", entry_id=entry.id))
        else:
            lines.append(Line(text=entry.text, label=label(section, numbers.entry[entry.id]), entry_id=entry.id))
    if not lines:
        lines.append(Line(text=t("empty"), kind="empty"))
    return Block(question=question(section), lines=tuple(lines), section=section)


def _problem_block(workshop: Workshop, numbers: Numbering, highlight: int | None) -> Block:
    lines = tuple(
        Line(
            text=a.text,
            label=t("aufgabe.label", n=numbers.aufgabe[a.id]),
            highlight=a.id == highlight,
            votes=a.votes,
        )
        for a in workshop.aufgaben
    ) or (Line(text=t("empty"), kind="empty"),)
    return Block(question=t("problems.question"), lines=lines)


def aufgabe_slides(
    document: Document, workshop: Workshop, aufgabe: Aufgabe, numbers: Numbering | None = None
) -> list[Slide]:
    """An Aktion's five slides: the problem list with it highlighted, then the four section slides."""
    numbers = numbers or number_workshop(workshop)
    base = slide_header(document, workshop)
    heading = aktion_heading(aufgabe, numbers)
    slides = [
        Slide(
            kind="aktion-problems",
            key=SlideKey(workshop.id, aufgabe.id, "aktion-problems"),
            heading=heading,
            blocks=(_problem_block(workshop, numbers, aufgabe.id),),
            **base,
        )
    ]
    for kind, sections in AKTION_SLIDES:
        slides.append(
            Slide(
                kind=kind,
                key=SlideKey(workshop.id, aufgabe.id, kind),
                heading=heading,
                blocks=tuple(_section_block(aufgabe, s, numbers) for s in sections),
                **base,
            )
        )
    return slides


def _workshop_slides(document: Document, workshop: Workshop) -> list[Slide]:
    numbers = number_workshop(workshop)
    base = slide_header(document, workshop)
    slides = [
        Slide(
            kind="problems",
            key=SlideKey(workshop.id, None, "problems"),
            blocks=(_problem_block(workshop, numbers, None),),
            **base,
        )
    ]
    aktionen = workshop.plan or tuple(a for a in workshop.aufgaben if a.has_entries)
    for aufgabe in aktionen:
        slides.extend(aufgabe_slides(document, workshop, aufgabe, numbers))
        if aufgabe.aktion is not None and aufgabe.massnahme.filled:  # its Maßnahmenblatt, once filled in
            slides.append(massnahme_slide(slides[-1], aufgabe))
    warning = t("plan.more_than_four", n=len(workshop.plan)) if len(workshop.plan) > 4 else ""
    slides.append(
        Slide(
            kind="plan",
            key=SlideKey(workshop.id, None, "plan"),
            heading=t("plan.title"),
            table=plan_table(workshop, numbers),
            warning=warning,
            blocks=plan_blocks(workshop, numbers),
            **base,
        )
    )
    # The Aufgaben outside the plan that hold entries follow, so nothing typed is left out.
    for aufgabe in extra_aufgaben(workshop):
        slides.extend(
            replace(s, extra={"appendix": True}) for s in aufgabe_slides(document, workshop, aufgabe, numbers)
        )
    return slides


def title_slide(document: Document) -> Slide:
    """The title slide: event, Ziel des Workshops, Ablauf der Workshops."""
    event = document.event
    blocks = (
        Block(
            question=t("event.goal"),
            lines=tuple(Line(text=x, kind="text") for x in event.goal) or (Line(t("empty"), kind="empty"),),
        ),
        Block(
            question=t("event.agenda"),
            lines=tuple(Line(text=x, kind="text") for x in event.agenda) or (Line(t("empty"), kind="empty"),),
        ),
    )
    return Slide(kind="title", key=SlideKey(None, None, "title"), blocks=blocks, **slide_header(document))


def build_deck(document: Document, workshop_id: int | None = None, fit: Fit | None = None) -> list[Slide]:
    """All slides in order: title, then per workshop (or only ``workshop_id``) its slides.

    The forum deck (all of several workshops) has the "Workshops" index after the title and
    ends with "Aktionspläne aller Workshops" (saying the Maßnahmen's THG-Minderung against the
    Faktor-4 goal, once there is one). An Aktion whose Maßnahmenblatt has a field filled gets a
    slide with it after its own. Presentation and every export show these slides.
    """
    slides = [title_slide(document)]
    only = document.workshop(workshop_id) if workshop_id is not None else None
    if only is not None:  # presenting one workshop: its title slide names it too
        slides[0] = replace(slides[0], workshop=only.name)
    forum = workshop_id is None and len(document.workshops) > 1
    if forum:
        slides.append(index_slide(document))
    rooms: list[Slide] = []
    header = (document.event.title, document.event.forum, document.event.dates)
    for workshop in document.workshops:
        if workshop_id is None or workshop.id == workshop_id:
            rooms.extend(room_slides(workshop, header, fit, partial(_fitted, document, workshop, fit)))
    ending = [replace(forum_plan_slide(document), warning=closing_line(document))] if forum else []
    if fit is None:
        return [*slides, *rooms, *ending]
    return [*_remembered(slides, fit), *rooms, *_remembered(ending, fit)]


def _remembered(slides: list[Slide], fit: Fit) -> list[Slide]:
    return [part for slide in slides for part in split_slide(slide, fit, split)]


def _split_all(slides: list[Slide], fit: Fit) -> list[Slide]:
    return [part for slide in slides for part in split(slide, fit)]


def _fitted(document: Document, workshop: Workshop, fit: Fit | None) -> list[Slide]:
    """One room's slides, split to ``fit`` (remembered by ``room_slides`` while the room stays the same)."""
    slides = _workshop_slides(document, workshop)
    return slides if fit is None else _split_all(slides, fit)
