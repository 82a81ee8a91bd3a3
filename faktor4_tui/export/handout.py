"""The slides a handout (PDF, HTML) shows: the whole deck, unsplit.

Both renderers walk this one list generically — a slide is a header (event, workshop), a
heading, blocks (question + lines) and an optional table — so slide kinds the deck builder
adds later render sensibly without a change here.
"""

from __future__ import annotations

from faktor4_tui.deck import Block, Line, Slide, build_deck
from faktor4_tui.deck.massnahmen import sheet_slides
from faktor4_tui.deck.text import line_text
from faktor4_tui.model import Document


def handout_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """``build_deck`` without a fit: the deck's slides in its order (the Aufgaben outside the plan
    that have entries are deck slides after their room's Aktionsplan), then the Maßnahmenblätter:
    one page per Aktion whose sheet is filled in, with its Lösungen as steps, Akteure, Start, …"""
    return [*build_deck(document, workshop_id, fit=None), *sheet_slides(document, workshop_id)]


def block_signature(block: Block) -> tuple[str, tuple[str, ...]]:
    """What a block says, highlight aside: a repeated problem list has the same signature."""
    return block.question, tuple(line_text(line) for line in block.lines)


def event_header(slide: Slide) -> str:
    """ "TITLE · FORUM · DATES" as the running header of a page or slide."""
    return " · ".join(part for part in (slide.title, slide.forum, slide.dates) if part)


def shows_table(slide: Slide) -> bool:
    """A slide with a table (besides its column titles) shows it instead of its blocks."""
    return len(slide.table) > 1


def is_marker(line: Line) -> bool:
    """The "— noch offen —" marker, drawn quieter than content."""
    return line.kind == "empty"
