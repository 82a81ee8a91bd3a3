"""Slide value objects: what a slide says, not how it looks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypedDict

from faktor4_tui.model import Document, Workshop


@dataclass(frozen=True)
class Line:
    """One line of slide content.

    ``kind``: "item" (numbered, with ``label``), "note" (unnumbered), "text" (plain),
    "empty" (the "— noch offen —" marker), "heading" (the whole text of a heading or
    question too tall for the slide, which shows it shortened). ``highlight`` marks the Aktion's Aufgabe on
    the repeated problem list.
    """

    text: str
    label: str = ""
    kind: str = "item"
    highlight: bool = False
    votes: int = 0
    entry_id: int | None = None
    continued: bool = False  # the text starts on the previous slide (an entry taller than a slide)


@dataclass(frozen=True)
class Block:
    """A question (or heading) with its lines; a slide holds one or two blocks.

    ``section`` is the section key (loesungen …), "plan" for an Aktion on the
    Aktionsplan slide, "" otherwise. An empty ``question`` shows no title row.
    """

    question: str
    lines: tuple[Line, ...]
    section: str = ""
    continued: bool = False  # the block's first lines are on the previous slide ("(Forts.)")
    row: int = 0  # on the plan slide: the row of the slide's ``table`` this block says (0: none)


@dataclass(frozen=True)
class SlideKey:
    """A stable anchor for a slide, so a live presenter keeps its place when slides are added."""

    workshop_id: int | None
    aufgabe_id: int | None
    kind: str
    part: int = 0


@dataclass(frozen=True)
class Fit:
    """The space a slide body has (columns, rows); slides that need more continue on a follow-up."""

    width: int
    height: int
    gap: int = 1  # 0 or 1: a blank row between the lines of a block (dropped when that saves slides)


@dataclass(frozen=True)
class Slide:
    """One slide. ``kind`` is title | problems | aktion-problems | loesungen | akteure |
    start | support | massnahme | plan (and index, forum-plan; massnahmenblatt in documents).
    ``heading`` is the "Aktion K · Aufgabe N: TEXT" line on Aktion slides and "Aktionsplan" on
    the plan slide; ``table`` holds the Aktionsplan summary rows (first row = column titles)
    for renderers that draw tables, while the plan slide's ``blocks`` say the same as one
    block per Aktion (render one or the other). ``compact``: the lines go without blank rows
    between them so the slide fits the given Fit."""

    kind: str
    key: SlideKey
    title: str
    forum: str
    dates: str
    workshop: str = ""
    heading: str = ""
    blocks: tuple[Block, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()
    continued: bool = False
    warning: str = ""
    compact: bool = False
    extra: dict[str, object] = field(default_factory=dict, compare=False)


class SlideHeader(TypedDict):
    """The header every slide carries (Slide's fields of the same names): the event, and the room."""

    title: str
    forum: str
    dates: str
    workshop: str


def slide_header(document: Document, workshop: Workshop | None = None) -> SlideHeader:
    """The header of a slide of ``document`` (in ``workshop``; none for the forum's own slides)."""
    event = document.event
    return SlideHeader(
        title=event.title, forum=event.forum, dates=event.dates, workshop=workshop.name if workshop else ""
    )
