"""Slide keys: where the user is in the data, and finding that place in a (rebuilt) deck."""

from __future__ import annotations

from dataclasses import replace

from faktor4_tui.deck.slides import Slide, SlideKey

# The slide kind that shows each section.
SECTION_KIND: dict[str, str] = {
    "loesungen": "loesungen",
    "akteure": "akteure",
    "start": "start",
    "umsetzungsprobleme": "start",
    "unterstuetzer": "support",
    "sponsoren": "support",
}


def slide_key_for(workshop_id: int | None, aufgabe_id: int | None = None, section: str | None = None) -> SlideKey:
    """The key of the slide showing this place: a section of an Aufgabe, an Aufgabe, or a workshop."""
    if workshop_id is None:
        return SlideKey(None, None, "title")
    if aufgabe_id is None:
        return SlideKey(workshop_id, None, "problems")
    if section is None:
        return SlideKey(workshop_id, aufgabe_id, "aktion-problems")
    return SlideKey(workshop_id, aufgabe_id, SECTION_KIND.get(section, section))


def locate(slides: list[Slide], key: SlideKey, fallback: int = 0) -> int:
    """Index of the slide with this key, else the nearest place that still exists.

    In order: the same slide; the same slide with the nearest earlier part (or its first
    part) when it now has fewer parts; the first slide of the same Aufgabe; the first
    slide of the same workshop; ``fallback`` (clamped).
    """
    key = replace(key, kind=SECTION_KIND.get(key.kind, key.kind))
    wanted = (key.workshop_id, key.aufgabe_id, key.kind)  # the key but its part (a deck of 22,000 slides: no replace())
    group = [
        (slide.key.part, index)
        for index, slide in enumerate(slides)
        if (slide.key.workshop_id, slide.key.aufgabe_id, slide.key.kind) == wanted
    ]
    if group:
        earlier = [entry for entry in group if entry[0] <= key.part]
        return max(earlier)[1] if earlier else min(group)[1]
    for index, slide in enumerate(slides):
        if key.aufgabe_id is not None and (slide.key.workshop_id, slide.key.aufgabe_id) == (
            key.workshop_id,
            key.aufgabe_id,
        ):
            return index
    for index, slide in enumerate(slides):
        if key.workshop_id is not None and slide.key.workshop_id == key.workshop_id:
            return index
    return max(0, min(fallback, len(slides) - 1))


def highlight_part(slides: list[Slide], index: int) -> int:
    """Where the presenter lands when going forward onto slide ``index``: the same slide, unless
    it is a problem list whose highlighted Aufgabe (the Aktion's) went to a later "(Forts.)" part
    (a small screen): then that part, so the Aufgabe the Aktion is about is in sight at once."""
    slide = slides[index]
    if any(line.highlight for block in slide.blocks for line in block.lines):
        return index
    whole = replace(slide.key, part=0)
    for later in range(index + 1, len(slides)):
        if replace(slides[later].key, part=0) != whole:
            break
        if any(line.highlight for block in slides[later].blocks for line in block.lines):
            return later
    return index
