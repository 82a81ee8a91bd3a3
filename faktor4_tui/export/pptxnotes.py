"""Speaker notes: the whole text of anything a slide shows only in part.

A line continued over slides (an entry taller than a slide, cut by the deck's paging) is whole in
the notes of every slide that holds a part of it; a heading or question shortened with "…"
(and an event or workshop line shortened to one row) is whole in the notes of the slide.
"""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck.paging import ELLIPSIS
from faktor4_tui.deck.slides import Line, Slide, SlideKey
from faktor4_tui.deck.text import line_text


def same_slide(key: SlideKey) -> SlideKey:
    """The key of the slide a part belongs to (every part of a slide has it)."""
    return replace(key, part=0)


def cut_lines(parts: list[Slide]) -> list[list[str]]:
    """Per part of one slide: the whole text (label and votes too) of each line cut over parts."""
    pieces: list[tuple[list[int], list[Line]]] = []  # per whole line: the parts holding it, its pieces
    for index, part in enumerate(parts):
        for block in part.blocks:
            for line in block.lines:
                if line.continued and pieces:
                    where, lines = pieces[-1]
                    if where[-1] != index:
                        where.append(index)
                    lines.append(line)
                else:
                    pieces.append(([index], [line]))
    out: list[list[str]] = [[] for _ in parts]
    for where, lines in pieces:
        if len(lines) > 1:
            whole = line_text(replace(lines[0], text="".join(line.text for line in lines), votes=lines[-1].votes))
            for index in where:
                out[index].append(whole)
    return out


def shortened_titles(part: Slide, whole: Slide | None) -> list[str]:
    """The whole heading and questions of ``whole`` that ``part`` shows shortened with "…"."""
    if whole is None:
        return []
    out = []
    if part.heading != whole.heading and part.heading.endswith(ELLIPSIS):
        out.append(whole.heading)
    questions = [block.question for block in whole.blocks]
    for block in part.blocks:
        if block.question.endswith(ELLIPSIS) and block.question not in questions:
            start = block.question[: -len(ELLIPSIS)].rstrip()
            out += [question for question in questions if question.startswith(start)][:1]
    return out
