"""Build the deck from a Document, in DESIGN.md's order and the seed's wording."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from faktor4_tui.i18n import label, question, t
from faktor4_tui.model import Aufgabe, Document, Numbering, Workshop, number_workshop
from faktor4_tui.deck.slides import Block, Fit, Line, Slide, SlideKey

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


def aktion_heading(aufgabe: Aufgabe, numbers: Numbering) -> str:
    """ "Aktion K · Aufgabe N: TEXT" (without the Aktion part for an Aufgabe outside the plan)."""
    head = f"{t('aufgabe.label', n=numbers.aufgabe[aufgabe.id])}: {aufgabe.text}"
    if aufgabe.aktion is not None:
        return f"{t('aktion.label', n=aufgabe.aktion)} · {head}"
    return head


def _joined(aufgabe: Aufgabe, section: str) -> str:
    return "; ".join(e.text for e in aufgabe.entries(section)) or t("empty")


def _plan_table(workshop: Workshop, numbers: Numbering) -> tuple[tuple[str, ...], ...]:
    header = (
        t("aktion.label", n="").strip(),
        t("aufgabe.label", n="").strip(),
        t("section.start.short"),
        t("section.akteure.short"),
        t("section.sponsoren.short"),
    )
    rows = [
        (
            str(a.aktion),
            f"{numbers.aufgabe[a.id]}: {a.text}",
            _joined(a, "start"),
            _joined(a, "akteure"),
            _joined(a, "sponsoren"),
        )
        for a in workshop.plan
    ]
    return (header, *rows)


def _workshop_slides(document: Document, workshop: Workshop) -> list[Slide]:
    event = document.event
    numbers = number_workshop(workshop)
    base = dict(title=event.title, forum=event.forum, dates=event.dates, workshop=workshop.name)
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
        heading = aktion_heading(aufgabe, numbers)
        slides.append(
            Slide(
                kind="aktion-problems",
                key=SlideKey(workshop.id, aufgabe.id, "aktion-problems"),
                heading=heading,
                blocks=(_problem_block(workshop, numbers, aufgabe.id),),
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
                    **base,
                )
            )
    warning = t("plan.more_than_four", n=len(workshop.plan)) if len(workshop.plan) > 4 else ""
    slides.append(
        Slide(
            kind="plan",
            key=SlideKey(workshop.id, None, "plan"),
            table=_plan_table(workshop, numbers),
            warning=warning,
            blocks=(Block(question=t("plan.title"), lines=() if workshop.plan else (Line(t("empty"), kind="empty"),)),),
            **base,
        )
    )
    return slides


def title_slide(document: Document) -> Slide:
    """The title slide: event, Ziel des Workshops, Ablauf der Workshops."""
    event = document.event
    blocks = (
        Block(question=t("event.goal"), lines=tuple(Line(text=x, kind="text") for x in event.goal)
              or (Line(t("empty"), kind="empty"),)),
        Block(question=t("event.agenda"), lines=tuple(Line(text=x, kind="text") for x in event.agenda)
              or (Line(t("empty"), kind="empty"),)),
    )
    return Slide(
        kind="title",
        key=SlideKey(None, None, "title"),
        title=event.title,
        forum=event.forum,
        dates=event.dates,
        blocks=blocks,
    )


def cell_width(text: str) -> int:
    """Terminal cells a string takes (wide East Asian characters take two, marks none)."""
    width = 0
    for char in text:
        if unicodedata.combining(char) or char == "\u200d":
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def line_rows(line: Line, width: int) -> int:
    """Rows a line takes when wrapped at ``width`` (label and text on one logical line)."""
    text = f"{line.label}: {line.text}" if line.label else line.text
    usable = max(8, width - 4)  # bullet/indent
    return max(1, -(-cell_width(text) // usable))


def _block_rows(block: Block, width: int) -> int:
    return 2 + sum(line_rows(line, width) + 1 for line in block.lines)


def _split(slide: Slide, fit: Fit) -> list[Slide]:
    """Split a slide whose blocks need more rows than ``fit.height`` into "(Forts.)" slides."""
    if slide.table or sum(_block_rows(b, fit.width) for b in slide.blocks) <= fit.height:
        return [slide]
    pages: list[list[Block]] = [[]]
    used = 0
    for block in slide.blocks:
        lines: list[Line] = []
        used += 2
        for line in block.lines:
            rows = line_rows(line, fit.width) + 1
            if used + rows > fit.height and (lines or pages[-1]):
                if lines:
                    pages[-1].append(replace(block, lines=tuple(lines)))
                pages.append([])
                lines, used = [], 2
            lines.append(line)
            used += rows
        pages[-1].append(replace(block, lines=tuple(lines)))
    return [
        replace(slide, blocks=tuple(blocks), continued=index > 0, key=replace(slide.key, part=index))
        for index, blocks in enumerate(pages)
    ]


def build_deck(document: Document, workshop_id: int | None = None, fit: Fit | None = None) -> list[Slide]:
    """All slides in order: title, then per workshop (or only ``workshop_id``) its slides."""
    slides = [title_slide(document)]
    for workshop in document.workshops:
        if workshop_id is None or workshop.id == workshop_id:
            slides.extend(_workshop_slides(document, workshop))
    if fit is None:
        return slides
    return [part for slide in slides for part in _split(slide, fit)]


def locate(slides: list[Slide], key: SlideKey, fallback: int = 0) -> int:
    """Index of the slide with this key; else the same place without the part; else ``fallback``."""
    for index, slide in enumerate(slides):
        if slide.key == key:
            return index
    loose = replace(key, part=0)
    for index, slide in enumerate(slides):
        if slide.key == loose:
            return index
    for index, slide in enumerate(slides):
        if slide.key.workshop_id == key.workshop_id and slide.key.kind == key.kind:
            return index
    return max(0, min(fallback, len(slides) - 1))
