"""The Aktionsplan slides: one room's summary, and for a forum the room index and all rooms' plans."""

from __future__ import annotations

from dataclasses import replace
from functools import partial

from faktor4_tui.deck.memo import remembered
from faktor4_tui.deck.slides import Block, Line, Slide, SlideKey, slide_header
from faktor4_tui.i18n import t
from faktor4_tui.model import Aufgabe, Document, Numbering, Workshop, number_workshop

# The columns every Aktionsplan table ends with, and the section each says (the lines of a plan block).
PLAN_SECTIONS = ("start", "akteure", "sponsoren")


def aktion_heading(aufgabe: Aufgabe, numbers: Numbering) -> str:
    """ "Aktion K · Aufgabe N: TEXT" (without the Aktion part for an Aufgabe outside the plan)."""
    head = f"{t('aufgabe.label', n=numbers.aufgabe[aufgabe.id])}: {aufgabe.text}"
    if aufgabe.aktion is not None:
        return f"{t('aktion.label', n=aufgabe.aktion)} · {head}"
    return head


def joined(aufgabe: Aufgabe, section: str) -> str:
    """A section's entries in one cell ("a; b; c"), or the empty marker."""
    return "; ".join(e.text for e in aufgabe.entries(section)) or t("empty")


def _header() -> tuple[str, ...]:
    return (
        t("aktion.label", n="").strip(),
        t("aufgabe.label", n="").strip(),
        *(t(f"section.{section}.short") for section in PLAN_SECTIONS),
    )


def _row(aufgabe: Aufgabe, numbers: Numbering) -> tuple[str, ...]:
    return (
        str(aufgabe.aktion),
        f"{numbers.aufgabe[aufgabe.id]}: {aufgabe.text}",
        *(joined(aufgabe, section) for section in PLAN_SECTIONS),
    )


def _aktion_block(aufgabe: Aufgabe, numbers: Numbering, question: str, row: int) -> Block:
    return Block(
        question=question,
        lines=tuple(
            Line(text=joined(aufgabe, section), label=t(f"section.{section}.short")) for section in PLAN_SECTIONS
        ),
        section="plan",
        row=row,
    )


def plan_table(workshop: Workshop, numbers: Numbering) -> tuple[tuple[str, ...], ...]:
    """One room's Aktionsplan as a table: Aktion, Aufgabe, Start, Akteure, Sponsoren."""
    return (_header(), *(_row(a, numbers) for a in workshop.plan))


def plan_blocks(workshop: Workshop, numbers: Numbering) -> tuple[Block, ...]:
    """One room's Aktionsplan as one block per Aktion: Start, Akteure, Sponsoren."""
    if not workshop.plan:
        return (Block(question="", lines=(Line(text=t("empty"), kind="empty"),), section="plan"),)
    return tuple(
        _aktion_block(a, numbers, aktion_heading(a, numbers), row) for row, a in enumerate(workshop.plan, start=1)
    )


def _aktionen(count: int) -> str:
    if count == 0:
        return t("deck.index.none")
    return t("deck.index.one") if count == 1 else t("deck.index.many", n=count)


def index_slide(document: Document) -> Slide:
    """The forum's "Workshops" slide: the rooms in their order, each with its number of Aktionen."""
    lines = tuple(
        Line(text=t("deck.index.line", name=w.name, aktionen=_aktionen(len(w.plan))), label=t("deck.index.label", n=n))
        for n, w in enumerate(document.workshops, start=1)
    )
    return Slide(
        kind="index",
        key=SlideKey(None, None, "index"),
        heading=t("deck.index.title"),
        blocks=(Block(question="", lines=lines, section="index"),),
        **slide_header(document),
    )


def _room_plan(workshop: Workshop) -> list[tuple[tuple[str, ...], Block]]:
    """One room's rows of the plans of all, each with its block (numbered by the caller)."""
    numbers = number_workshop(workshop)
    if not workshop.plan:
        line = Line(text=t("empty"), kind="empty")
        return [
            ((workshop.name, "", t("empty"), "", "", ""), Block(question=workshop.name, lines=(line,), section="plan"))
        ]
    return [
        (
            (workshop.name, *_row(aufgabe, numbers)),
            _aktion_block(aufgabe, numbers, f"{workshop.name} · {aktion_heading(aufgabe, numbers)}", 0),
        )
        for aufgabe in workshop.plan
    ]


def forum_plan_slide(document: Document) -> Slide:
    """ "Aktionspläne aller Workshops": per room its Aktionen with Start, Akteure and Sponsoren.

    ``table`` has a Workshop column before the room table's five; the blocks say the same,
    one per Aktion (its question names the room), one per room without Aktionen.
    """
    header = (t("deck.forum_plan.workshop"), *_header())
    rows: list[tuple[str, ...]] = []
    blocks: list[Block] = []
    for workshop in document.workshops:
        for row, block in remembered("forum-plan", workshop, partial(_room_plan, workshop)):
            rows.append(row)
            blocks.append(replace(block, row=len(rows)))
    return Slide(
        kind="forum-plan",
        key=SlideKey(None, None, "forum-plan"),
        heading=t("deck.forum_plan.title"),
        table=(header, *rows),
        blocks=tuple(blocks),
        **slide_header(document),
    )
