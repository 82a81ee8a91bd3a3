"""The slides a handout (PDF, HTML) shows: the whole deck, unsplit, plus what it leaves out.

Both renderers walk this one list generically — a slide is a header (event, workshop), a
heading, blocks (question + lines) and an optional table — so slide kinds the deck builder
adds later render sensibly without a change here.
"""

from __future__ import annotations

from faktor4_tui.deck import Block, Line, Slide, SlideKey, build_deck
from faktor4_tui.deck.appendix import appendix_slides, extra_aufgaben
from faktor4_tui.deck.text import line_text
from faktor4_tui.i18n import t
from faktor4_tui.model import Document


def handout_slides(document: Document, workshop_id: int | None = None) -> list[Slide]:
    """``build_deck`` without a fit, then per workshop the Aufgaben with entries it does not show.

    Those follow the workshop's last slide under the heading "Weitere Aufgaben mit Einträgen",
    unless the deck already shows them (then nothing is added twice).
    """
    deck = build_deck(document, workshop_id, fit=None)
    shown = {slide.key.aufgabe_id for slide in deck if slide.key.aufgabe_id is not None}
    slides: list[Slide] = []
    for index, slide in enumerate(deck):
        slides.append(slide)
        workshop_id_here = slide.key.workshop_id
        following = deck[index + 1] if index + 1 < len(deck) else None
        if workshop_id_here is None or (following is not None and following.key.workshop_id == workshop_id_here):
            continue
        workshop = document.workshop(workshop_id_here)
        if workshop is None or not any(a.id not in shown for a in extra_aufgaben(workshop)):
            continue
        heading = Slide(
            kind="more-aufgaben",
            key=SlideKey(workshop.id, None, "more-aufgaben"),
            title=slide.title,
            forum=slide.forum,
            dates=slide.dates,
            workshop=slide.workshop,
            heading=t("export.more_aufgaben"),
        )
        slides.append(heading)
        slides.extend(s for s in appendix_slides(document, workshop) if s.key.aufgabe_id not in shown)
    return slides


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
