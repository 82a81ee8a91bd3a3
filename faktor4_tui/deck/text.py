"""The words around and on a slide, composed once here so every renderer says the same."""

from __future__ import annotations

from faktor4_tui.deck.slides import Block, Line, Slide
from faktor4_tui.i18n import t


def line_label(line: Line) -> str:
    """The bold part before a line's text: "Lösung 8: " (empty for notes and plain lines)."""
    return f"{line.label}: " if line.label else ""


def line_suffix(line: Line) -> str:
    """What follows a line's text: the votes of an Aufgabe on the problem list, if any."""
    if not line.votes:
        return ""
    return f" ({t('deck.vote' if line.votes == 1 else 'deck.votes', n=line.votes)})"


def line_text(line: Line) -> str:
    """The whole line as shown: label, text and suffix."""
    return f"{line_label(line)}{line.text}{line_suffix(line)}"


def block_title(block: Block) -> str:
    """The question above a block, marked "(Forts.)" when the block continues a previous slide."""
    return f"{block.question} {t('continued')}" if block.continued else block.question


def slide_heading(slide: Slide) -> str:
    """The heading as shown: marked "(Forts.)" on a follow-up slide whose first block starts fresh
    (or continues without a question of its own to carry the mark)."""
    first = slide.blocks[0] if slide.blocks else None
    if slide.heading and slide.continued and not (first and first.continued and first.question):
        return f"{slide.heading} {t('continued')}"
    return slide.heading


def event_line(slide: Slide) -> str:
    """Event title and forum: "Workshop Aktionsplan Faktor 4 · Herbstforum 2021"."""
    return " · ".join(part for part in (slide.title, slide.forum) if part)


def workshop_line(slide: Slide) -> str:
    """ "Workshop: NAME", or nothing on the title slide."""
    return t("workshop.label", name=slide.workshop) if slide.workshop else ""


def counter(number: int, total: int) -> str:
    """The slide counter "n / total" (1-based)."""
    return t("deck.counter", n=number, total=total)
