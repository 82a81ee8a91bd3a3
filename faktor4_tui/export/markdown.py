"""Markdown export: the deck rendered as one CommonMark document that reads like the seed.

Shape (levels matter; the importer reads it back)::

    # TITLE
    **FORUM**
    DATES
    ## Ziel des Workshops / ## Ablauf der Workshops      bullets
    ## Workshop: NAME
    ### Wo sehen Sie die drängendsten Probleme und Aufgaben?
    - Aufgabe N: TEXT            (- Aufgabe N (Stimmen: V): TEXT with dot votes)
    ### Aktion K · Aufgabe N: TEXT                         (### Aufgabe N: TEXT, plan empty)
    #### QUESTION                                          the six questions, deck order
    - LABEL: TEXT                (numbered entry)
    - TEXT                       (note)
    ### Aktionsplan                                        table (derived, not imported)
    ### Weitere Aufgaben mit Einträgen (nicht im Aktionsplan)
    #### Aufgabe N: TEXT, ##### QUESTION …

With several workshops (the forum deck) two derived parts join, skipped by the importer::

    ## Workshops                    after Ziel/Ablauf: - Workshop N: NAME – K Aktionen
    ## Aktionspläne aller Workshops at the end: one table, a Workshop column first

Empty values show the emphasised marker ``*— noch offen —*``. All user text is escaped.
"""

from __future__ import annotations

from faktor4_tui.deck import Block, Slide, build_deck
from faktor4_tui.export.mdsyntax import empty_marker, escape, escape_note
from faktor4_tui.i18n import t
from faktor4_tui.model import Document


def _or_marker(text: str, value: str) -> str:
    return text if value else empty_marker()


def _bullets(block: Block) -> list[str]:
    """The lines of a block as a list, or the empty marker as its own paragraph."""
    out = []
    for line in block.lines:
        if line.kind == "empty":
            return [empty_marker()]
        if line.kind == "item" and line.label:
            label = escape(line.label)
            if line.votes:
                label += f" ({escape(t('export.votes', n=line.votes))})"
            out.append(f"- {label}: {escape(line.text)}")
        elif line.kind == "note":
            out.append(f"- {escape_note(line.text, f'section.{block.section}.label')}")
        else:
            out.append(f"- {escape(line.text)}")
    return out or [empty_marker()]


def _title(slide: Slide) -> list[list[str]]:
    parts = [
        [f"# {_or_marker(escape(slide.title), slide.title)}"],
        [_or_marker(f"**{escape(slide.forum)}**", slide.forum)],
        [_or_marker(escape(slide.dates), slide.dates)],
    ]
    for block in slide.blocks:
        parts += [[f"## {escape(block.question)}"], _bullets(block)]
    return parts


def _table(rows: tuple[tuple[str, ...], ...]) -> list[str]:
    def row(cells: tuple[str, ...]) -> str:
        return "| " + " | ".join(escape(cell) for cell in cells) + " |"

    return [row(rows[0]), "|" + "---|" * len(rows[0]), *(row(cells) for cells in rows[1:])]


def _slide(slide: Slide, level: int) -> list[list[str]]:
    """Markdown paragraphs for one non-title slide; ``level`` is the Aktion heading level."""
    hashes = "#" * level
    if slide.kind == "problems":
        block = slide.blocks[0]
        return [
            [f"## {t('workshop.label', name=escape(slide.workshop))}"],
            [f"### {escape(block.question)}"],
            _bullets(block),
        ]
    if slide.kind == "aktion-problems":
        return [[f"{hashes} {escape(slide.heading)}"]]
    if slide.kind == "index":
        return [[f"## {escape(slide.heading)}"], *(_bullets(block) for block in slide.blocks)]
    if slide.kind == "forum-plan":
        return [[f"## {escape(slide.heading)}"], _table(slide.table)]
    if slide.kind == "plan":
        parts = [[f"### {escape(slide.heading)}"]]
        if slide.warning:
            parts.append([f"> {escape(slide.warning)}"])
        parts.append(_table(slide.table) if len(slide.table) > 1 else [empty_marker()])
        return parts
    parts = []
    for block in slide.blocks:
        parts += [[f"{hashes}# {escape(block.question)}"], _bullets(block)]
    return parts


def render_markdown(document: Document, workshop_id: int | None = None) -> str:
    """The whole document (or one workshop) as Markdown, slide by slide from the deck."""
    parts: list[list[str]] = []
    previous: Slide | None = None
    for slide in build_deck(document, workshop_id, fit=None):
        if slide.kind == "title":
            parts += _title(slide)
            continue
        appendix = bool(slide.extra.get("appendix"))
        if appendix and not (previous is not None and previous.extra.get("appendix")):
            parts.append([f"### {escape(t('export.more_aufgaben'))}"])
        parts += _slide(slide, 4 if appendix else 3)
        previous = slide
    return "\n\n".join("\n".join(lines) for lines in parts) + "\n"
